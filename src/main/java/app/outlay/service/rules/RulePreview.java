package app.outlay.service.rules;

import java.util.List;
import java.util.Set;

/**
 * What "apply rules" would do: every change, how many expenses were looked at, and the rules whose regular
 * expression was stopped on some description (they counted as not matching there).
 */
public record RulePreview(List<RuleChange> changes, long examined, Set<String> stopped) {

    public RulePreview {
        changes = List.copyOf(changes);
        stopped = Set.copyOf(stopped);
    }
}
