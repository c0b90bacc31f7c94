package org.datarequest.tracker.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes a {@link Utf8Page} that no filter has turned into bytes already (an answer without a data version). */
@Provider
@Produces(MediaType.TEXT_HTML)
public class Utf8PageWriter implements MessageBodyWriter<Utf8Page> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Utf8Page.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Utf8Page page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(page.bytes());
    }
}
