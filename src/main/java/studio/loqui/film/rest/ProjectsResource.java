package studio.loqui.film.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.CurrentUser;
import studio.loqui.film.ProjectService;
import studio.loqui.system.RequiredBody;

import java.util.List;

/** Seed 003: film projects (list paths answer with and without the trailing slash). */
@Path("/api/v1/projects")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Film projects")
public class ProjectsResource {

    private final ProjectService projects;
    private final CurrentUser caller;

    public ProjectsResource(ProjectService projects, CurrentUser caller) {
        this.projects = projects;
        this.caller = caller;
    }

    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a project")
    public Response create(@Valid @RequiredBody(message = ProjectRequest.REQUIRED) ProjectRequest request) {
        ProjectView view = ProjectView.of(projects.create(caller.id(), fields(request)));
        return Response.status(201).entity(view).build();
    }

    @GET
    @Path("")
    @Operation(summary = "The caller's projects")
    public List<ProjectView> list() {
        return projects.list(caller.id()).stream().map(ProjectView::of).toList();
    }

    @GET
    @Path("{project_id}")
    @Operation(summary = "One project")
    public ProjectView get(@PathParam("project_id") long id) {
        return ProjectView.of(projects.require(caller.id(), id));
    }

    @PUT
    @Path("{project_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename or describe a project")
    public ProjectView update(@PathParam("project_id") long id,
                              @Valid @RequiredBody(message = ProjectRequest.REQUIRED) ProjectRequest request) {
        return ProjectView.of(projects.update(caller.id(), id, fields(request)));
    }

    @DELETE
    @Path("{project_id}")
    @Operation(summary = "Delete a project and its jobs")
    public Response delete(@PathParam("project_id") long id) {
        projects.delete(caller.id(), id);
        return Response.noContent().build();
    }

    private static ProjectService.ProjectFields fields(ProjectRequest request) {
        return new ProjectService.ProjectFields(request.name(), request.description());
    }
}
