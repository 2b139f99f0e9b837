package eu.goodpractice.transfer.assessment;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A criteria set as the JSON document the storage keeps. Field names are part of the stored format: renaming one
 * makes older versions unreadable, so only add fields (with a default when absent).
 */
public final class CriteriaSetDocument {
    private CriteriaSetDocument() {
    }

    public static String write(CriteriaSet set) {
        JsonArray dimensions = Json.array();
        set.dimensions().forEach(d -> dimensions.add(Json.object().add("key", d.key()).add("weight", d.weight())));
        JsonArray criteria = Json.array();
        for (Criterion c : set.criteria()) {
            JsonObject criterion = Json.object().add("key", c.key()).add("dimension", c.dimension())
                    .add("weight", c.weight()).add("retired", c.retired());
            if (c.customQuestion() != null) {
                criterion.add("question", c.customQuestion());
            }
            criteria.add(criterion);
        }
        ScoringRules r = set.rules();
        JsonObject rules = Json.object().add("readyFrom", r.readyFrom()).add("adaptationFrom", r.adaptationFrom())
                .add("groundworkFrom", r.groundworkFrom()).add("minimumCoverage", r.minimumCoverage())
                .add("divergence", r.divergence());
        return Json.object().add("key", set.key()).add("dimensions", dimensions).add("criteria", criteria)
                .add("rules", rules).toString();
    }

    public static CriteriaSet read(String document, String spaceKey, int version) {
        JsonObject json = Json.parse(document).asObject();
        List<Dimension> dimensions = new ArrayList<>();
        for (JsonValue value : json.get("dimensions").asArray()) {
            JsonObject d = value.asObject();
            dimensions.add(new Dimension(d.getString("key", ""), d.getDouble("weight", 1.0)));
        }
        List<Criterion> criteria = new ArrayList<>();
        for (JsonValue value : json.get("criteria").asArray()) {
            JsonObject c = value.asObject();
            criteria.add(new Criterion(c.getString("key", ""), c.getString("dimension", ""),
                    c.getDouble("weight", 1.0), c.getBoolean("retired", false), c.getString("question", null)));
        }
        JsonObject r = json.get("rules").asObject();
        ScoringRules d = ScoringRules.DEFAULT;
        ScoringRules rules = new ScoringRules(r.getDouble("readyFrom", d.readyFrom()),
                r.getDouble("adaptationFrom", d.adaptationFrom()), r.getDouble("groundworkFrom", d.groundworkFrom()),
                r.getDouble("minimumCoverage", d.minimumCoverage()), r.getInt("divergence", d.divergence()));
        return new CriteriaSet(json.getString("key", ShippedCriteria.KEY), version, spaceKey, dimensions, criteria,
                rules);
    }
}
