package studio.loqui.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package graph drawn in the README: API faces over one core. A face never reaches into
 * another face, the core never reaches up into a face, and no two packages depend on each other.
 */
class PackageGraphTest {

    private static final String ROOT = "studio.loqui";
    static final List<String> FACES = List.of("voice", "library", "dubbing", "avatar", "film", "user", "openai");
    static final List<String> CORE = List.of("speech", "jobs", "storage", "auth", "system", "media");

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noFaceImportsAnotherFace() {
        for (String face : FACES) {
            String[] others = FACES.stream().filter(f -> !f.equals(face)).map(PackageGraphTest::tree)
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(tree(face))
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a face talks to the core and to media, never to another face")
                    .check(classes);
        }
    }

    @Test
    void theCoreNeverImportsAFace() {
        String[] faces = FACES.stream().map(PackageGraphTest::tree).toArray(String[]::new);
        String[] core = CORE.stream().map(PackageGraphTest::tree).toArray(String[]::new);
        noClasses().that().resideInAnyPackage(core)
                .should().dependOnClassesThat().resideInAnyPackage(faces)
                .because("the core serves every face and knows none of them")
                .check(classes);
    }

    @Test
    void topLevelPackagesHaveNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void mediaEnginesHaveNoCycle() {
        slices().matching(ROOT + ".media.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The root media package holds what every engine shares (exceptions, settings), so it uses none of them. */
    @Test
    void mediaRootKnowsNoEngine() {
        noClasses().that().resideInAPackage(ROOT + ".media")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".media.*..")
                .because("engines import the shared media package; it importing them back is a cycle")
                .check(classes);
    }

    @Test
    void mediaKnowsNothingAboveIt() {
        String[] above = java.util.stream.Stream.concat(FACES.stream(), CORE.stream().filter(p -> !p.equals("media")))
                .map(PackageGraphTest::tree).toArray(String[]::new);
        noClasses().that().resideInAPackage(tree("media"))
                .should().dependOnClassesThat().resideInAnyPackage(above)
                .because("engines speak their own language; the error mapper and the job engine translate it")
                .check(classes);
    }

    private static String tree(String name) {
        return ROOT + "." + name + "..";
    }
}
