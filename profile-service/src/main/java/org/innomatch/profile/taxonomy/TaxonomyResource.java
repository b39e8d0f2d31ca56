package org.innomatch.profile.taxonomy;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.problems.Problem;
import org.jboss.resteasy.reactive.Cache;

/** The reference codes a profile may use, with labels for forms and filters. Cacheable for an hour. */
@Path("/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Taxonomy", description = "Reference codes (kinds, sectors, cooperation types, countries, languages) with English and Chinese labels")
public class TaxonomyResource {

    static final int MAX_AGE_SECONDS = 3600;

    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String CACHE_DESCRIPTION = "max-age=3600: the codes change only with a new release";
    private static final String SERVER_ERROR_EXAMPLE = "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,"
            + "\"detail\":\"The server could not complete the request\",\"instance\":\"/taxonomy/sectors\"}";

    private final Taxonomy taxonomy;

    public TaxonomyResource(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GET
    @Path("/sectors")
    @Cache(maxAge = MAX_AGE_SECONDS)
    @Operation(summary = "List the sectors and their sub-codes",
            description = "The twelve sectors, each with sub-codes such as HEALTH.MEDTECH. A profile may name a sector or a "
                    + "sub-code; a search filter on a sector also matches its sub-codes.")
    @APIResponse(responseCode = "200", description = "Sectors with sub-codes",
            headers = @Header(name = CACHE_CONTROL, description = CACHE_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TaxonomyEntry.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "sectors", value = "[{\"code\":\"HEALTH\",\"labels\":{\"en\":\"Medicine and health\",\"zh\":\"医药健康\"},"
                            + "\"children\":[{\"code\":\"HEALTH.MEDTECH\",\"labels\":{\"en\":\"Medical devices\",\"zh\":\"医疗器械\"}},"
                            + "{\"code\":\"HEALTH.PHARMA\",\"labels\":{\"en\":\"Pharmaceuticals\",\"zh\":\"生物医药\"}}]}]")))
    @APIResponse(responseCode = "500", description = "Unexpected failure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "server-error", value = SERVER_ERROR_EXAMPLE)))
    public List<TaxonomyEntry> sectors() {
        return taxonomy.sectors().entries();
    }

    @GET
    @Path("/kinds")
    @Cache(maxAge = MAX_AGE_SECONDS)
    @Operation(summary = "List the kinds of participant", description = "Diplomats, research institutes, universities, enterprises, investors …")
    @APIResponse(responseCode = "200", description = "Kinds of participant",
            headers = @Header(name = CACHE_CONTROL, description = CACHE_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TaxonomyEntry.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "kinds", value = "[{\"code\":\"DIPLOMAT\",\"labels\":{\"en\":\"Science and technology diplomat\",\"zh\":\"科技外交官\"}},"
                            + "{\"code\":\"UNIVERSITY\",\"labels\":{\"en\":\"University\",\"zh\":\"高等院校\"}}]")))
    @APIResponse(responseCode = "500", description = "Unexpected failure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "server-error", value = SERVER_ERROR_EXAMPLE)))
    public List<TaxonomyEntry> kinds() {
        return taxonomy.kinds().entries();
    }

    @GET
    @Path("/cooperation-types")
    @Cache(maxAge = MAX_AGE_SECONDS)
    @Operation(summary = "List the types of cooperation a participant may seek or offer",
            description = "Joint research, technology transfer, investment, licensing … with English and Chinese labels: the codes profiles and projects name in cooperationTypes.")
    @APIResponse(responseCode = "200", description = "Cooperation types",
            headers = @Header(name = CACHE_CONTROL, description = CACHE_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TaxonomyEntry.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "cooperation-types", value = "[{\"code\":\"JOINT_RESEARCH\",\"labels\":{\"en\":\"Joint research\",\"zh\":\"联合研发\"}},"
                            + "{\"code\":\"TECHNOLOGY_TRANSFER\",\"labels\":{\"en\":\"Technology transfer\",\"zh\":\"技术转移\"}}]")))
    @APIResponse(responseCode = "500", description = "Unexpected failure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "server-error", value = SERVER_ERROR_EXAMPLE)))
    public List<TaxonomyEntry> cooperationTypes() {
        return taxonomy.cooperationTypes().entries();
    }

    @GET
    @Path("/countries")
    @Cache(maxAge = MAX_AGE_SECONDS)
    @Operation(summary = "List the ISO 3166-1 alpha-2 country codes", description = "Every code the JDK knows, with English and Chinese names, sorted by code.")
    @APIResponse(responseCode = "200", description = "Countries",
            headers = @Header(name = CACHE_CONTROL, description = CACHE_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TaxonomyEntry.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "countries", value = "[{\"code\":\"CN\",\"labels\":{\"en\":\"China\",\"zh\":\"中国\"}},"
                            + "{\"code\":\"PL\",\"labels\":{\"en\":\"Poland\",\"zh\":\"波兰\"}}]")))
    @APIResponse(responseCode = "500", description = "Unexpected failure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "server-error", value = SERVER_ERROR_EXAMPLE)))
    public List<TaxonomyEntry> countries() {
        return taxonomy.countries().entries();
    }

    @GET
    @Path("/languages")
    @Cache(maxAge = MAX_AGE_SECONDS)
    @Operation(summary = "List the ISO 639-1 language codes", description = "Every two-letter code the JDK knows, with English and Chinese names, sorted by code.")
    @APIResponse(responseCode = "200", description = "Languages",
            headers = @Header(name = CACHE_CONTROL, description = CACHE_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TaxonomyEntry.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "languages", value = "[{\"code\":\"de\",\"labels\":{\"en\":\"German\",\"zh\":\"德语\"}},"
                            + "{\"code\":\"zh\",\"labels\":{\"en\":\"Chinese\",\"zh\":\"中文\"}}]")))
    @APIResponse(responseCode = "500", description = "Unexpected failure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "server-error", value = SERVER_ERROR_EXAMPLE)))
    public List<TaxonomyEntry> languages() {
        return taxonomy.languages().entries();
    }
}
