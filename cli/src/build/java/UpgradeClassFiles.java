import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.lang.constant.ClassDesc;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build step of the runnable jar (cli/pom.xml, JDK 24+ only): rewrites the pre-Java-6 class files of
 * the given packages (picocli's are Java 5, version 49) to version 52 with stack map frames.
 *
 * <p>Why: JDK 25's AOT cache (JEP 483) cannot link or archive class files older than version 50
 * (they need the old, type-inferring verifier), so every run read picocli's 170-odd classes from the
 * jar and verified them again, about two fifths of a 13-row `check`. The code itself is unchanged:
 * the ClassFile API (JDK 24) re-emits each method and computes its frames; each rewritten class must
 * pass the API's verifier, or the original is kept. The list of what was changed goes into the jar
 * (Apache-2.0 asks modified files to say so; NOTICE says it too).
 *
 * <p>Usage: {@code java UpgradeClassFiles.java JAR PACKAGE_PREFIX...}, e.g. {@code picocli/}.
 */
public final class UpgradeClassFiles {
  /** Java 8's: the first whose class files must carry stack maps (50 and 51 may fall back to the old verifier). */
  private static final int TARGET_MAJOR = 52;
  private static final int FIRST_WITH_STACK_MAPS = 50;
  private static final String RECORD = "META-INF/if4j-upgraded-class-files.txt";

  private UpgradeClassFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: java UpgradeClassFiles.java JAR PACKAGE_PREFIX...");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    List<String> prefixes = List.of(args).subList(1, args.length);
    try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
      Path root = zip.getPath("/");
      ClassFile classFile = ClassFile.of(
          ClassFile.ClassHierarchyResolverOption.of(
              ClassHierarchyResolver.ofResourceParsing(desc -> open(root, desc))
                  .orElse(ClassHierarchyResolver.defaultResolver())),
          ClassFile.StackMapsOption.GENERATE_STACK_MAPS);
      List<String> upgraded = new ArrayList<>();
      List<String> kept = new ArrayList<>();
      for (Path entry : oldClassFiles(root, prefixes)) {
        (upgrade(classFile, entry) ? upgraded : kept).add(entry.toString().substring(1));
      }
      if (!upgraded.isEmpty()) {
        Files.writeString(zip.getPath(RECORD), record(upgraded), StandardCharsets.UTF_8);
      }
      System.out.printf("UpgradeClassFiles: %d class files rewritten to version %d in %s%s%n",
          upgraded.size(), TARGET_MAJOR, jar.getFileName(),
          kept.isEmpty() ? "" : "; kept as they were (did not verify): " + kept);
    }
  }

  private static List<Path> oldClassFiles(Path root, List<String> prefixes) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .filter(p -> prefixes.stream().anyMatch(prefix -> p.toString().startsWith("/" + prefix)))
          .filter(UpgradeClassFiles::isOld)
          .sorted()
          .toList();
    }
  }

  private static boolean isOld(Path classFile) {
    try (InputStream in = Files.newInputStream(classFile)) {
      byte[] header = in.readNBytes(8);
      return header.length == 8 && (((header[6] & 0xff) << 8) | (header[7] & 0xff)) < FIRST_WITH_STACK_MAPS;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites one class file in place; false (and the file untouched) when the result does not verify. */
  private static boolean upgrade(ClassFile classFile, Path entry) throws IOException {
    byte[] original = Files.readAllBytes(entry);
    ClassModel model = classFile.parse(original);
    // Re-emitting every method body (not copying it as it was) is what makes the API compute frames.
    ClassTransform newVersion = (builder, element) -> {
      if (element instanceof ClassFileVersion) {
        builder.withVersion(TARGET_MAJOR, 0);
      } else {
        builder.with(element);
      }
    };
    byte[] upgraded;
    try {
      upgraded = classFile.transformClass(model,
          newVersion.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)));
    } catch (IllegalArgumentException e) {
      return false; // e.g. jsr/ret, which version 52 does not allow
    }
    if (!classFile.verify(upgraded).isEmpty()) {
      return false;
    }
    FileTime time = Files.getLastModifiedTime(entry);
    Files.write(entry, upgraded);
    Files.setLastModifiedTime(entry, time);
    return true;
  }

  private static InputStream open(Path root, ClassDesc desc) {
    String descriptor = desc.descriptorString();
    Path file = root.resolve(descriptor.substring(1, descriptor.length() - 1) + ".class");
    try {
      return Files.exists(file) ? Files.newInputStream(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String record(List<String> upgraded) {
    return "These class files were modified by if4j's build (cli/src/build/java/UpgradeClassFiles.java):\n"
        + "rewritten from class-file version 49 to " + TARGET_MAJOR + " with stack map frames computed by the\n"
        + "JDK's ClassFile API, so that JDK 25's AOT cache can archive them. Their code is otherwise unchanged.\n\n"
        + String.join("\n", upgraded) + "\n";
  }
}
