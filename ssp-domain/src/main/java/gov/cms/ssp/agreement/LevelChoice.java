package gov.cms.ssp.agreement;

import java.util.Objects;

/** One election for one PY: move up to {@code level}, or stay (then {@code level} is null). */
public record LevelChoice(ElectionKind kind, Track level) {
    public LevelChoice {
        Objects.requireNonNull(kind);
        if (kind == ElectionKind.MOVE_UP) {
            Objects.requireNonNull(level, "a move up names its level");
        } else {
            level = null;
        }
    }

    public static LevelChoice moveUpTo(Track level) {
        return new LevelChoice(ElectionKind.MOVE_UP, level);
    }

    public static LevelChoice stay() {
        return new LevelChoice(ElectionKind.STAY, null);
    }

    public String label() {
        return kind == ElectionKind.MOVE_UP ? "Move up to " + level.label() : kind.label();
    }
}
