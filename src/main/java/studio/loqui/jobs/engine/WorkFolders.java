package studio.loqui.jobs.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import studio.loqui.jobs.JobsConfig;
import studio.loqui.system.LoquiConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Each job's private work folder, {@code <storage>/tmp/jobs/<job id>}, where partial output lives. */
@ApplicationScoped
public class WorkFolders {

    private static final Logger LOG = Logger.getLogger(WorkFolders.class);

    private final Path root;

    public WorkFolders(JobsConfig config, LoquiConfig loqui) {
        this.root = Path.of(loqui.storage().root()).resolve(config.workDirectory());
    }

    public Path of(String jobId) {
        return root.resolve(jobId);
    }

    /** Job ids that have a work folder. */
    public List<String> present() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.map(path -> path.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public void delete(String jobId) {
        Path dir = of(jobId);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Could not remove work folder %s: %s", dir, e.getMessage());
        }
    }
}
