package eu.goodpractice.transfer.practice;

import java.util.Optional;

/** Per-space settings of the practice registry: the group whose members act as coordinators. */
public interface PracticeSettings {
    Optional<String> coordinatorGroup(String spaceKey);

    void setCoordinatorGroup(String spaceKey, String group);
}
