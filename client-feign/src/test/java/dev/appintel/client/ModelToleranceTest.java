package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.error.ResponseDecodingException;
import dev.appintel.client.model.App;
import dev.appintel.client.model.AppOs;
import dev.appintel.client.model.AppsResponse;
import dev.appintel.client.model.OsIosAndroid;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Responses may carry fields and enum values the spec does not know, which are kept; ids may be numbers or strings. */
class ModelToleranceTest {

    private final RecordingServer server = RecordingServer.start();
    private final AppIntelligence client = TestClients.builder(server, new FakeTime()).build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void unknownFieldsAndEnumValuesAreKeptAndAPlainMapperWritesThemBack() throws Exception {
        server.enqueue(Reply.json("{\"apps\": [{\"app_id\": 284882215, \"name\": \"Facebook\", \"os\": \"harmonyos\","
                + " \"brand_new_field\": {\"x\": [1, 2.5]}}], \"brand_new_top\": \"t\"}"));

        AppsResponse response = client.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), null, null);

        assertThat(response.apps().get(0).unknownProperties()).containsOnlyKeys("brand_new_field");
        JsonNode written = new ObjectMapper().valueToTree(response);
        assertThat(written.get("brand_new_top").textValue()).isEqualTo("t");
        assertThat(written.get("apps").get(0).get("os").textValue()).isEqualTo("harmonyos");
        assertThat(written.get("apps").get(0).get("brand_new_field"))
                .isEqualTo(new ObjectMapper().readTree("{\"x\": [1, 2.5]}"));
    }

    @Test
    void aFractionInAnIntegerFieldIsADecodingErrorNamingTheFieldAndTheValue() {
        server.enqueue(Reply.json("{\"apps\": [{\"app_id\": 1, \"name\": \"a\", \"rating_count\": 135.6}]}"));

        assertThatThrownBy(() -> client.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), null, null))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("at /apps/0/rating_count: ")
                .hasMessageContaining("135.6");
    }

    @Test
    void aNumberInATextFieldIsADecodingErrorNamingTheField() {
        server.enqueue(Reply.json("{\"apps\": [{\"app_id\": 1, \"name\": 0}]}"));

        assertThatThrownBy(() -> client.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), null, null))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("at /apps/0/name: ");
    }

    @Test
    void unknownEnumValuesAreKeptAndIdsOfBothKindsAreOneType() {
        server.enqueue(Reply.json("{\"apps\": [{\"app_id\": 284882215, \"name\": \"Facebook\", \"os\": \"ios\","
                + " \"brand_new_field\": {\"x\": 1}}, {\"app_id\": \"com.facebook.katana\", \"name\": \"Facebook\","
                + " \"os\": \"harmonyos\"}], \"next_cursor\": \"abc\"}"));

        List<App> apps = client.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), null, null).apps();

        assertThat(apps).extracting(App::os).containsExactly(AppOs.IOS, AppOs.fromValue("harmonyos"));
        assertThat(apps.get(1).os().isKnown()).isFalse();
        assertThat(apps.get(0).appId().isNumeric()).isTrue();
        assertThat(apps.get(0).appId()).hasToString("284882215");
        assertThat(apps.get(1).appId().isNumeric()).isFalse();
        assertThat(apps.get(1).appId()).hasToString("com.facebook.katana");
    }
}
