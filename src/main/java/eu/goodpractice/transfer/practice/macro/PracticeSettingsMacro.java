package eu.goodpractice.transfer.practice.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.assessment.CriteriaSetService;
import eu.goodpractice.transfer.platform.MacroMessages;
import eu.goodpractice.transfer.platform.MacroOutput;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.practice.VocabularyService;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.Messages;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code practice-settings}: the space's themes, target groups, coordinators' group and transferability criteria,
 * readable by everyone who may view the space; space administrators change them in place.
 */
public class PracticeSettingsMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(PracticeSettingsMacro.class);
    static final String TEMPLATE = "templates/practice/practice-settings.vm";
    static final String WEB_RESOURCE = "practice-settings-resources";

    private final PracticeService practices;
    private final VocabularyService vocabularies;
    private final PracticeSettingsView view;
    private final CriteriaSetService criteriaSets;
    private final CriteriaSettingsView criteriaView;
    private final MacroMessages notices;
    private final TemplateViews templates;
    private final Messages messages;

    public PracticeSettingsMacro(PracticeService practices, VocabularyService vocabularies, PracticeSettingsView view,
                                 CriteriaSetService criteriaSets, CriteriaSettingsView criteriaView, MacroMessages notices, TemplateViews templates, Messages messages) {
        this.practices = practices;
        this.vocabularies = vocabularies;
        this.view = view;
        this.criteriaSets = criteriaSets;
        this.criteriaView = criteriaView;
        this.notices = notices;
        this.templates = templates;
        this.messages = messages;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String space = parameters.get("space");
        String spaceKey = space != null && !space.isBlank() ? space.strip() : context == null ? null : context.getSpaceKey();
        if (spaceKey == null) {
            throw new MacroExecutionException(messages.text("transfer.practice.settings.missing-space"));
        }
        try {
            String group = practices.coordinatorGroup(spaceKey).orElse(null);
            boolean editable = MacroOutput.isInteractive(context) && practices.canAdminister(spaceKey);
            if (editable) {
                templates.requireResource(WEB_RESOURCE);
            }
            Map<String, Object> model = view.settings(spaceKey, group,
                    vocabularies.terms(spaceKey, VocabularyKind.THEME),
                    vocabularies.terms(spaceKey, VocabularyKind.TARGET_GROUP), editable);
            model.put("criteria", criteriaView.criteria(criteriaSets.read(spaceKey)));
            return templates.render(TEMPLATE, model);
        } catch (AccessDeniedException e) {
            return notices.warning("transfer.macro.no-permission");
        } catch (RuntimeException e) {
            LOG.error("The practice-settings macro failed", e);
            throw new MacroExecutionException(messages.text("transfer.error.unexpected"));
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
