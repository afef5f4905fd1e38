package org.mandate.core.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * An input file read whole, safely: a folder, a pipe, a device or a socket is refused before anything is read, and
 * no more than {@link YamlDocument#MAX_BYTES} and one byte are ever read, whatever size the file claims. Problems
 * name the file and say what was expected; none quotes the file's content.
 */
final class SourceFile {
    private SourceFile() {
    }

    /**
     * The file's bytes.
     *
     * @param label how messages name the file
     * @param what  what the file should be, for messages ({@code "a scenario file"})
     * @throws ScenarioException when the file is missing, not a regular file, too large or unreadable
     */
    static byte[] read(Path file, String label, String what) throws ScenarioException {
        try {
            return readBounded(file, what);
        } catch (Refused e) {
            throw new ScenarioException(List.of(new Problem(label, 0, 0, "", null, e.getMessage())));
        } catch (NoSuchFileException e) {
            throw new ScenarioException(List.of(new Problem(label, 0, 0, "", null, "no such file")));
        } catch (AccessDeniedException e) {
            throw new ScenarioException(List.of(new Problem(label, 0, 0, "", null, "cannot read: permission denied")));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Problem(label, 0, 0, "", null, "cannot read: "
                    + e.getClass().getSimpleName())));
        }
    }

    /**
     * Whether {@code target} lies inside {@code folder}'s tree, symbolic links followed where the paths exist, so
     * that neither {@code ../} nor an absolute path nor a link leads out of it.
     */
    static boolean inside(Path folder, Path target) {
        Path f = real(folder.toAbsolutePath().normalize());
        Path t = real(target.toAbsolutePath().normalize());
        return t.startsWith(f);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    /** Why a file is not read, for the user. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** The file's bytes; a file that is not a regular one, or too large, is a {@link Refused}. */
    static byte[] readBounded(Path file, String what) throws IOException {
        if (!Files.exists(file)) {
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("is a symbolic link that leads nowhere (broken, or a loop); expected " + what);
            }
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new Refused("is a folder; expected " + what);
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused("is not a regular file (a pipe, a device or a socket); expected " + what);
        }
        long size = Files.size(file);
        if (size > YamlDocument.MAX_BYTES) {
            throw new Refused("file is " + size + " bytes; files over " + YamlDocument.MAX_BYTES
                    + " bytes are refused");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(YamlDocument.MAX_BYTES + 1);
        }
        if (bytes.length > YamlDocument.MAX_BYTES) {
            throw new Refused("file is over " + YamlDocument.MAX_BYTES + " bytes; files over "
                    + YamlDocument.MAX_BYTES + " bytes are refused");
        }
        return bytes;
    }
}
