package studio.loqui.voice.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.CurrentUser;
import studio.loqui.speech.SpeakableText;
import studio.loqui.speech.SpokenLanguage;
import studio.loqui.speech.StockVoices;
import studio.loqui.speech.Voice;
import studio.loqui.speech.VoiceAnalysis;
import studio.loqui.system.ApiException;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;
import studio.loqui.system.RequiredBody;
import studio.loqui.voice.VoiceProfileService;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Seed 001: voice profiles, the caller's and the stock ones. */
@Path("/api/v1/voices")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Voices")
public class VoiceProfilesResource {

    private final VoiceProfileService profiles;
    private final StockVoices stock;
    private final VoiceAnalysis analysis;
    private final CurrentUser caller;

    public VoiceProfilesResource(VoiceProfileService profiles, StockVoices stock, VoiceAnalysis analysis,
                                 CurrentUser caller) {
        this.profiles = profiles;
        this.stock = stock;
        this.analysis = analysis;
        this.caller = caller;
    }

    @GET
    @Path("profiles")
    @Operation(summary = "The caller's voices (clones, samples, profiles) and the stock voices, filtered by language and gender")
    public Map<String, Object> list(@QueryParam("language") String language, @QueryParam("gender") String gender) {
        Stream<ProfileView> own = Voice.<Voice>list("ownerId = ?1 order by id", caller.id()).stream().map(this::view);
        Stream<ProfileView> builtIn = stock.all().stream().map(ProfileView::of);
        List<ProfileView> all = Stream.concat(own, builtIn)
                .filter(p -> matches(p.language(), language) && matches(p.gender(), gender))
                .toList();
        return Map.of("profiles", all);
    }

    @POST
    @Path("create-profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse the speaker of an uploaded file into a voice profile (gender detected when not given)")
    public Response create(@Valid @RequiredBody(message = CreateProfileRequest.REQUIRED) CreateProfileRequest request) {
        Voice voice = profiles.create(caller.id(), request.name(), request.audioSampleId(), request.language(),
                request.gender(), request.description());
        return Response.status(201).entity(view(voice)).build();
    }

    @GET
    @Path("profiles/{profile_id}")
    @Operation(summary = "One voice: its measures, how many samples it learns from, how much speech they hold, and "
            + "whether its timbre was learned (or why the global equaliser is used)")
    public ProfileView get(@PathParam("profile_id") String profileId) {
        return Voice.findOwned(caller.id(), profileId).map(this::view)
                .or(() -> stock.find(profileId).map(ProfileView::of))
                .orElseThrow(() -> ApiException.notFound("Voice profile " + profileId + " not found"));
    }

    @POST
    @Path("profiles/{profile_id}/samples")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Give a voice a further recording of its speaker (8 in all); the voice relearns from all of "
            + "them before answering, and the answer reports its samples, speech seconds and timbre")
    public ProfileView addSample(@PathParam("profile_id") String profileId,
                                 @Valid @RequiredBody(message = AddSampleRequest.REQUIRED) AddSampleRequest request) {
        return view(profiles.addSample(caller.id(), profileId, request.fileId()));
    }

    @DELETE
    @Path("profiles/{profile_id}")
    @Operation(summary = "Delete one of your voices (and the sample or clone it came from); what was spoken with it stays")
    public Response delete(@PathParam("profile_id") String profileId) {
        profiles.delete(caller.id(), profileId);
        return Response.noContent().build();
    }

    @GET
    @Path("preview/{profile_id}")
    @RateLimited(RateBucket.PROCESSING)
    @Produces({"audio/wav", "audio/mpeg", "audio/ogg", MediaType.APPLICATION_JSON})
    @Operation(summary = "Short text spoken at once in a voice; X-Speaker-Similarity and X-Word-Error-Rate report the measures")
    public Response preview(@PathParam("profile_id") String profileId,
                            @QueryParam("text") @SpeakableText(max = 500, whyLimit = "in a preview; use clone-voice for"
                                    + " longer text") String text,
                            @QueryParam("language") @SpokenLanguage String language,
                            @QueryParam("format") String format) {
        VoiceProfileService.Preview preview = profiles.preview(caller.id(), profileId, text, language, format);
        Response.ResponseBuilder response = Response.ok(preview.audio()).type(preview.format().mimeType());
        if (preview.speech().similarity() != null) {
            response.header("X-Speaker-Similarity", String.format(Locale.ROOT, "%.3f", preview.speech().similarity()));
        }
        if (preview.speech().wordErrorRate() != null) {
            response.header("X-Word-Error-Rate", String.format(Locale.ROOT, "%.3f", preview.speech().wordErrorRate()));
            response.header("X-Heard-Text", preview.speech().heardText().replaceAll("[^\\x20-\\x7e]", "?"));
        }
        return response.build();
    }

    private ProfileView view(Voice voice) {
        return ProfileView.of(voice, analysis.profileOf(voice), analysis.qualityOf(voice), profiles.sampleCount(voice));
    }

    private static boolean matches(String value, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.trim().toLowerCase(Locale.ROOT);
        return value != null && (value.equals(f) || value.startsWith(f + "-"));
    }
}
