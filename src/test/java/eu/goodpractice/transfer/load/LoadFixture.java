package eu.goodpractice.transfer.load;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * What the load mix works on, read from the workbench's sample data before the run (as the coordinator; not
 * counted): the action plans and active stakeholders of the working group's space, and one step made for the run
 * that every writing client edits, so version clashes really happen.
 */
record LoadFixture(List<Integer> planIds, List<Integer> stakeholderIds, int contestedPlanId, int contestedStepId) {
    static final String SPACE = "VET";
    static final String REST = "/rest/practice-transfer/1.0";

    static LoadFixture prepare(String baseUrl) {
        LoadStats setup = new LoadStats();
        LoadClient coordinator = new LoadClient(baseUrl, "coordinator", () -> setup);
        if (!coordinator.logIn()) {
            throw new IllegalStateException("The coordinator could not log in: " + setup.errorSamples());
        }
        List<Integer> plans = ids(coordinator.get("setup", REST + "/plans?spaceKey=" + SPACE + "&limit=200"), setup);
        List<Integer> stakeholders = new ArrayList<>();
        LoadClient.Reply register = coordinator.get("setup", REST + "/stakeholders?spaceKey=" + SPACE + "&limit=200");
        if (register != null) {
            for (JsonValue stakeholder : register.json().get("results").asArray()) {
                if (!stakeholder.asObject().getBoolean("retired", false)) {
                    stakeholders.add(stakeholder.asObject().getInt("id", -1));
                }
            }
        }
        if (plans.isEmpty() || stakeholders.size() < 2) {
            throw new IllegalStateException("The sample data lacks action plans or stakeholders: " + setup.errorSamples());
        }
        LoadClient.Reply contested = coordinator.post("setup", REST + "/plans/" + plans.get(0) + "/steps",
                Json.object().add("title", "Load run: the step every writer edits").toString());
        if (contested == null) {
            throw new IllegalStateException("Could not create the contested step: " + setup.errorSamples());
        }
        return new LoadFixture(List.copyOf(plans), List.copyOf(stakeholders), plans.get(0), contested.intField("id"));
    }

    private static List<Integer> ids(LoadClient.Reply list, LoadStats setup) {
        if (list == null) {
            throw new IllegalStateException("Could not read the sample data: " + setup.errorSamples());
        }
        List<Integer> ids = new ArrayList<>();
        for (JsonValue item : list.json().get("results").asArray()) {
            ids.add(item.asObject().getInt("id", -1));
        }
        return ids;
    }
}
