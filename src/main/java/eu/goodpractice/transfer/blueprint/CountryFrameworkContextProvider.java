package eu.goodpractice.transfer.blueprint;

import com.atlassian.plugin.web.ContextProvider;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.Messages;
import java.util.Map;

/**
 * The "Country framework conditions" blueprint: one page per country, titled and introduced with the country's
 * name in the creator's language, its guidance asking about that country.
 */
public class CountryFrameworkContextProvider implements ContextProvider {
    /** Variable name, i18n key; every text may name the country as {0}. */
    static final Map<String, String> TEXTS = PageVariables.keysByVariable(
            "intro", "transfer.blueprint.country-framework.intro",
            "headingVetSystem", "transfer.blueprint.country-framework.heading.vet-system",
            "guidanceVetSystem", "transfer.blueprint.country-framework.guidance.vet-system",
            "headingLegalFunding", "transfer.blueprint.country-framework.heading.legal-funding",
            "guidanceLegalFunding", "transfer.blueprint.country-framework.guidance.legal-funding",
            "headingActors", "transfer.blueprint.country-framework.heading.actors",
            "guidanceActors", "transfer.blueprint.country-framework.guidance.actors",
            "headingDigital", "transfer.blueprint.country-framework.heading.digital",
            "guidanceDigital", "transfer.blueprint.country-framework.guidance.digital",
            "headingHelps", "transfer.blueprint.country-framework.heading.helps",
            "guidanceHelps", "transfer.blueprint.country-framework.guidance.helps",
            "headingHinders", "transfer.blueprint.country-framework.heading.hinders",
            "guidanceHinders", "transfer.blueprint.country-framework.guidance.hinders");

    private final Messages messages;

    public CountryFrameworkContextProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: the country comes from the create dialog
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        FieldErrors errors = new FieldErrors();
        String country = InputText.country(errors, "country", new WizardAnswers(context).text("country"), true);
        if (errors.hasErrors()) {
            throw WizardInputException.of(errors, messages);
        }
        PageVariables page = new PageVariables(context, messages);
        String countryName = page.countryName(country);
        return page.title(page.text("transfer.blueprint.country-framework.page-title", countryName))
                .value("country", country)
                .texts(TEXTS, countryName)
                .map();
    }
}
