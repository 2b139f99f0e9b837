package eu.goodpractice.transfer.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Frozen copy of version 1 (commit ed6c57d): A setting of the app for one space, such as the coordinators' group (table AO_27884E_SPACE_SETTING). */
@Preload
@Table("SpaceSetting")
public interface V1SpaceSetting extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String NAME = "NAME";

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(100)
    String getName();

    void setName(String name);

    @StringLength(StringLength.MAX_LENGTH)
    String getSettingValue();

    void setSettingValue(String settingValue);
}
