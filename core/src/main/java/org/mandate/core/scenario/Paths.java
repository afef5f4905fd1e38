package org.mandate.core.scenario;

/**
 * Conversions between JSON pointers ({@code /episodes/1/type}) and the field paths shown to users
 * ({@code episodes[1].type}).
 */
final class Paths {
    private Paths() {
    }

    /** The field path for a JSON pointer. */
    static String fromPointer(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(name).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.toString();
    }

    /** The JSON pointer of a child. */
    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The JSON pointer of an array element. */
    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
