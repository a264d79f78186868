package dev.appintel.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameAllocatorTest {

    @Test
    void firstComeGetsTheNameLaterOnesAreNumberedFromTwo() {
        NameAllocator members = NameAllocator.forMembers();

        assertThat(members.allocate("publisherIds")).isEqualTo("publisherIds");
        assertThat(members.allocate("publisherIds")).isEqualTo("publisherIds2");
        assertThat(members.allocate("publisherIds")).isEqualTo("publisherIds3");
    }

    @Test
    void twoPropertiesThatMapToTheSameMember() {
        NameAllocator members = NameAllocator.forMembers();

        String first = members.allocate(JavaNames.memberName("app_id"));
        String second = members.allocate(JavaNames.memberName("appId"));

        assertThat(first).isEqualTo("appId");
        assertThat(second).isEqualTo("appId2");
    }

    @Test
    void aNumberedVariantThatIsTakenIsSkipped() {
        NameAllocator members = NameAllocator.forMembers();
        members.allocate("value2");

        assertThat(members.allocate("value")).isEqualTo("value");
        assertThat(members.allocate("value")).isEqualTo("value3");
    }

    @Test
    void namesEndingInADigitAreNumberedAfterAnUnderscore() {
        NameAllocator members = NameAllocator.forMembers();

        assertThat(members.allocate("female18")).isEqualTo("female18");
        assertThat(members.allocate("female18")).isEqualTo("female18_2");
    }

    @Test
    void twoEnumValuesThatMapToTheSameConstant() {
        NameAllocator constants = NameAllocator.forConstants();

        assertThat(constants.allocate(JavaNames.constantName("video-rewarded"))).isEqualTo("VIDEO_REWARDED");
        assertThat(constants.allocate(JavaNames.constantName("video_rewarded"))).isEqualTo("VIDEO_REWARDED_2");
        assertThat(constants.allocate(JavaNames.constantName("9:16"))).isEqualTo("V_9_16");
        assertThat(constants.allocate(JavaNames.constantName("9-16"))).isEqualTo("V_9_16_2");
    }

    @Test
    void typeNamesThatDifferOnlyInCaseCollide() {
        NameAllocator types = NameAllocator.forTypes();

        assertThat(types.allocate("AppOs")).isEqualTo("AppOs");
        assertThat(types.allocate("Appos")).isEqualTo("Appos2");
        assertThat(types.isTaken("APPOS")).isTrue();
    }

    @Test
    void memberNamesAreCaseSensitive() {
        NameAllocator members = NameAllocator.forMembers();

        assertThat(members.allocate("url")).isEqualTo("url");
        assertThat(members.allocate("uRL")).isEqualTo("uRL");
    }

    @Test
    void reservedNamesAreNeverHandedOut() {
        NameAllocator types = NameAllocator.forTypes();
        types.reserve("Foo");

        assertThat(types.isTaken("Foo")).isTrue();
        assertThat(types.allocate("Foo")).isEqualTo("Foo2");
    }

    @Test
    void theSameRequestsGiveTheSameNames() {
        NameAllocator first = NameAllocator.forConstants();
        NameAllocator second = NameAllocator.forConstants();
        for (String value : new String[] {"a-b", "a_b", "A B", "ab"}) {
            assertThat(first.allocate(JavaNames.constantName(value)))
                    .isEqualTo(second.allocate(JavaNames.constantName(value)));
        }
    }
}
