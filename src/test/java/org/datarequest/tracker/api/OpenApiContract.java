package org.datarequest.tracker.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Makes the generated OpenAPI document describe the JSON API exactly, for every operation of every resource under
 * {@code /api} (those added later too, without anything to remember):
 * <ul>
 * <li>only paths under {@code /api}: pages, stylesheets and feeds are not part of the API;</li>
 * <li>the two ways to authenticate (a personal API token as Bearer, HTTP Basic) on every operation;</li>
 * <li>the errors every operation can answer (401 always, 403 for writes, 404 under a slug, 400 with query
 * parameters, 415 with a body, 406 for any unacceptable {@code Accept}), and each error response — declared or
 * added — described by the one {@link Problem} schema as {@code application/problem+json};</li>
 * </ul>
 * The SmallRye OpenAPI extension, a test dependency, runs it in the tests only: {@link OpenApiDocumentTest} checks
 * that the document it generates is the one the app ships and serves ({@code api/OpenApiDocument}, which adds
 * {@code servers} from {@code tracker.base-url}), and the contract test (every API answer of the test suite
 * validated against the served document) keeps it honest.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OpenApiContract implements OASFilter {

    static final String TOKEN = "apiToken";
    static final String BASIC = "basic";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null) {
            for (String path : new ArrayList<>(openAPI.getPaths().getPathItems().keySet())) {
                if (!path.equals("/api") && !path.startsWith("/api/")) {
                    openAPI.getPaths().removePathItem(path);
                }
            }
            openAPI.getPaths().getPathItems().forEach(this::complete);
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(TOKEN, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("trk_…")
                .description("A personal API token, made on the account page (/account)"));
        openAPI.getComponents().addSecurityScheme(BASIC, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("The user name and password of an account"));
        markOptionalPropertiesNullable(openAPI);
        pruneUnusedSchemas(openAPI);
    }

    private void complete(String path, PathItem item) {
        Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
        if (operations == null) {
            return;
        }
        operations.forEach((method, operation) -> {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(TOKEN),
                    OASFactory.createSecurityRequirement().addScheme(BASIC)));
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                responses = OASFactory.createAPIResponses();
                operation.setResponses(responses);
            }
            add(responses, "401", "Not authenticated, or the token or password is wrong");
            add(responses, "406", "The Accept header names no type this operation answers with");
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                add(responses, "403", "The account's role may not do this");
            }
            if (operation.getRequestBody() != null) {
                add(responses, "400", "The body is not the JSON expected");
                add(responses, "415", "The body is not sent as application/json");
            }
            if (path.contains("{")) {
                add(responses, "404", "Nothing at this address (no such request, jurisdiction, field or item)");
            }
            if (hasQuery(item, operation)) {
                add(responses, "400", "A query parameter is not understood (parameter names it)");
            }
            if (method == PathItem.HttpMethod.GET) {
                add(responses, "304", "Unchanged since the ETag sent as If-None-Match (no body)");
                responses.getAPIResponse("304").setContent(null);
            }
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    response.setContent(problemContent());
                }
            });
        });
    }

    /** Drops the schemas only the removed paths used (template engine internals and the like). */
    private static void pruneUnusedSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(parameter -> push(todo, parameter.getSchema()));
                }
                if (item.getOperations() != null) {
                    item.getOperations().values().forEach(operation -> {
                        if (operation.getParameters() != null) {
                            operation.getParameters().forEach(parameter -> push(todo, parameter.getSchema()));
                        }
                        if (operation.getRequestBody() != null) {
                            pushContent(todo, operation.getRequestBody().getContent());
                        }
                        if (operation.getResponses() != null) {
                            operation.getResponses().getAPIResponses().values()
                                    .forEach(response -> pushContent(todo, response.getContent()));
                        }
                    });
                }
            });
        }
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(property -> push(todo, property));
            }
            push(todo, schema.getItems());
            push(todo, schema.getAdditionalPropertiesSchema());
            push(todo, schema.getNot());
            for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    group.forEach(one -> push(todo, one));
                }
            }
        }
        for (String name : new ArrayList<>(schemas.keySet())) {
            if (!used.contains(name)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    /** Jackson writes absent values as null: a property that is not required may be null. */
    private static void markOptionalPropertiesNullable(OpenAPI openAPI) {
        if (openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        schemas.values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (String name : new ArrayList<>(schema.getProperties().keySet())) {
                // a date or moment refers to a shared string schema: written in place, so it can say "or null"
                Schema property = schema.getProperties().get(name);
                if (property.getRef() != null) {
                    Schema target = schemas.get(property.getRef().substring(property.getRef().lastIndexOf('/') + 1));
                    if (target != null && target.getProperties() == null && target.getType() != null
                            && target.getType().contains(Schema.SchemaType.STRING)) {
                        schema.addProperty(name, OASFactory.createSchema().type(new ArrayList<>(target.getType()))
                                .format(target.getFormat()));
                    }
                }
            }
            schema.getProperties().forEach((name, property) -> {
                if (!required.contains(name) && property.getRef() == null && property.getType() != null
                        && !property.getType().contains(Schema.SchemaType.NULL)) {
                    property.addType(Schema.SchemaType.NULL); // written as nullable: true in OpenAPI 3.0
                }
            });
        });
    }

    private static void pushContent(Deque<Schema> todo, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> push(todo, media.getSchema()));
        }
    }

    private static void push(Deque<Schema> todo, Schema schema) {
        if (schema != null) {
            todo.push(schema);
        }
    }

    private static boolean hasQuery(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all.stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY);
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
