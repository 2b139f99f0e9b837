/*
 * The create dialog's wizards for the app's three blueprints. The only file of the app that uses Confluence's
 * wizard API (Confluence.Blueprint.setWizard); everything else is plain DOM. It checks the answers before the page
 * is created, shows each problem under its field, and sends multiple choices as one comma-separated value. The
 * server checks the same rules again (the blueprints' context providers); the texts come from the form's data
 * attributes, which the Soy templates fill in the user's language.
 */
(function () {
    'use strict';

    var PLUGIN_KEY = 'eu.goodpractice.practice-transfer';
    /** web-item key in atlassian-plugin.xml -> id of its dialog page */
    var WIZARDS = {
        'good-practice-create-item': 'goodPracticeForm',
        'country-framework-create-item': 'countryFrameworkForm',
        'action-plan-create-item': 'actionPlanForm'
    };

    function formOf(state) {
        var container = state && state.$container && state.$container[0];
        return container ? container.querySelector('form.gpt-wizard') : null;
    }

    /** Checkbox groups write their ticked values into the group's hidden input, which the dialog sends. */
    function joinChoices(form) {
        var groups = form.querySelectorAll('fieldset[data-joined-into]');
        for (var i = 0; i < groups.length; i++) {
            var ticked = groups[i].querySelectorAll('input[type=checkbox]:checked');
            var values = [];
            for (var j = 0; j < ticked.length; j++) {
                values.push(ticked[j].value);
            }
            var name = groups[i].getAttribute('data-joined-into');
            form.querySelector('input[type=hidden][name="' + name + '"]').value = values.join(',');
        }
    }

    /** Lists of countries, languages and themes in the alphabetical order of the user's language. */
    function sortChoices(form) {
        var selects = form.querySelectorAll('select[data-sorted]');
        for (var i = 0; i < selects.length; i++) {
            var select = selects[i];
            var options = Array.prototype.slice.call(select.options, 1); // the first is "Choose ..."
            options.sort(function (a, b) {
                return a.text.localeCompare(b.text);
            });
            options.forEach(function (option) {
                select.appendChild(option);
            });
        }
    }

    function format(pattern, args) {
        return pattern.replace(/\{(\d+)\}/g, function (match, index) {
            return index < args.length ? String(args[index]) : match;
        });
    }

    /** The first problem of a field, or null. */
    function problemOf(form, field) {
        var value = (field.value || '').trim();
        if (field.hasAttribute('data-required') && value === '') {
            return form.getAttribute('data-message-required');
        }
        var max = parseInt(field.getAttribute('data-max-length'), 10);
        if (max && value.length > max) {
            return format(form.getAttribute('data-message-too-long'), [max, value.length]);
        }
        return null;
    }

    /** Shows each problem under its field; returns the element to focus first, or null when all is well. */
    function check(form) {
        var first = null;
        var fields = form.querySelectorAll('[name][data-required], [name][data-max-length]');
        for (var i = 0; i < fields.length; i++) {
            var field = fields[i];
            var problem = problemOf(form, field);
            var error = form.querySelector('.error[data-error-for="' + field.name + '"]');
            if (error) {
                error.textContent = problem || '';
            }
            if (problem && !first) {
                // a hidden input stands for its checkbox group: focus the first box instead
                first = field.type === 'hidden' ? field.parentNode.querySelector('input[type=checkbox]') : field;
            }
        }
        return first;
    }

    function postRender(event, state) {
        var form = formOf(state);
        if (!form) {
            return;
        }
        sortChoices(form);
        form.addEventListener('change', function () {
            joinChoices(form);
        });
        joinChoices(form);
    }

    /** @return false keeps the dialog open (the wizard API's contract) */
    function submit(event, state) {
        var form = formOf(state);
        if (!form) {
            return true;
        }
        joinChoices(form);
        if (state.pageData) {
            // the dialog may have collected the values before this hook ran: give it the joined choices too
            var hidden = form.querySelectorAll('fieldset[data-joined-into] input[type=hidden]');
            for (var i = 0; i < hidden.length; i++) {
                state.pageData[hidden[i].name] = hidden[i].value;
            }
        }
        var invalid = check(form);
        if (invalid) {
            invalid.focus();
            return false;
        }
        return true;
    }

    Object.keys(WIZARDS).forEach(function (webItem) {
        var pageId = WIZARDS[webItem];
        Confluence.Blueprint.setWizard(PLUGIN_KEY + ':' + webItem, function (wizard) {
            wizard.on('post-render.' + pageId, postRender);
            wizard.on('submit.' + pageId, submit);
        });
    });
}());
