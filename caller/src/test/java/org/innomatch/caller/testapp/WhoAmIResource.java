package org.innomatch.caller.testapp;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.innomatch.caller.Caller;
import org.innomatch.caller.CurrentCaller;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class WhoAmIResource {

    private final CurrentCaller current;

    public WhoAmIResource(CurrentCaller current) {
        this.current = current;
    }

    @GET
    @Path("whoami")
    public Caller whoAmI() {
        return current.get();
    }

    /** Stands for an owned resource: profile {@code owner} created by partner {@code partner}. */
    @GET
    @Path("things/{owner}/{partner}")
    public String manage(@PathParam("owner") String owner, @PathParam("partner") String partner) {
        current.get().requireManage("change", "thing of " + owner, owner, partner);
        return "ok";
    }

    @GET
    @Path("diagnostics/pings")
    public String open() {
        return "pong";
    }
}
