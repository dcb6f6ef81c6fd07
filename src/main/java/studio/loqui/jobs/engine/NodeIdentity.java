package studio.loqui.jobs.engine;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobsConfig;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name this process signs the jobs it runs with. */
@ApplicationScoped
public class NodeIdentity {

    private final String id;

    public NodeIdentity(JobsConfig config) {
        this.id = config.nodeId().orElseGet(NodeIdentity::hostAndPid);
    }

    public String id() {
        return id;
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
