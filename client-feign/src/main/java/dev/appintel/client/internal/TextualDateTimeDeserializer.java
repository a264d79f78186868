package dev.appintel.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * Reads an {@link OffsetDateTime} only from a string: {@code java.time}'s own deserializer takes a
 * number as epoch seconds whatever the coercion settings, which would turn a wrong value into a
 * date without a word.
 */
final class TextualDateTimeDeserializer extends StdDeserializer<OffsetDateTime> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<?> delegate;

    TextualDateTimeDeserializer() {
        this(InstantDeserializer.OFFSET_DATE_TIME);
    }

    private TextualDateTimeDeserializer(JsonDeserializer<?> delegate) {
        super(OffsetDateTime.class);
        this.delegate = delegate;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer withContext
                ? withContext.createContextual(context, property)
                : delegate;
        return new TextualDateTimeDeserializer(contextual);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
            return (OffsetDateTime) context.reportInputMismatch(this,
                    "Cannot coerce Number value (%s) to `java.time.OffsetDateTime`: a date-time must be a string",
                    parser.getText());
        }
        return (OffsetDateTime) delegate.deserialize(parser, context);
    }
}
