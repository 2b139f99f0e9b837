package eu.goodpractice.transfer.practice.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.practice.PracticeSettings;
import java.util.Arrays;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link PracticeSettings} in Active Objects, so every cluster node reads the same. */
public class ActiveObjectsPracticeSettings implements PracticeSettings {
    static final String COORDINATOR_GROUP = "coordinator-group";

    private final ActiveObjects ao;

    public ActiveObjectsPracticeSettings(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<String> coordinatorGroup(String spaceKey) {
        return Arrays.stream(ao.find(AoSpaceSetting.class, Query.select()
                        .where(AoSpaceSetting.SPACE_KEY + " = ? AND " + AoSpaceSetting.NAME + " = ?", spaceKey,
                                COORDINATOR_GROUP).limit(1)))
                .findFirst().map(AoSpaceSetting::getSettingValue);
    }

    @Override
    public void setCoordinatorGroup(String spaceKey, String group) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoSpaceSetting.class, AoSpaceSetting.SPACE_KEY + " = ? AND " + AoSpaceSetting.NAME + " = ?",
                    spaceKey, COORDINATOR_GROUP);
            if (group != null) {
                ao.create(AoSpaceSetting.class, new DBParam(AoSpaceSetting.SPACE_KEY, spaceKey),
                        new DBParam(AoSpaceSetting.NAME, COORDINATOR_GROUP), new DBParam("SETTING_VALUE", group));
            }
            return null;
        });
    }
}
