/*
 * Good Practice Transfer: the rating form of the transferability-assessment macro.
 *
 * The macro renders each target country's result on the server; for users who may edit the space it also renders a
 * hidden Rate button per country and marks the section data-editable="true". This script shows those buttons and, on
 * a click, builds the form from the REST API: the criteria set (questions and level texts in the reader's language)
 * and the country's assessment (the current user's ratings and the version to send). Save sends the user's ratings
 * as one batch; a conflict keeps what the user typed and takes the newer version, so saving again succeeds. After a
 * save the page reloads, as the result is rendered only there. Texts come from data-i18n; user data reaches the
 * page only through textContent and attributes (GoodPracticeTransfer.ui).
 */
(function () {
  'use strict';

  const KEY = {
    rate: 'transfer.assessment.js.rate',
    close: 'transfer.assessment.js.close',
    save: 'transfer.assessment.js.save',
    saving: 'transfer.assessment.js.saving',
    loading: 'transfer.assessment.js.loading',
    failed: 'transfer.assessment.js.failed',
    invalid: 'transfer.assessment.js.invalid',
    conflict: 'transfer.assessment.js.conflict',
    value: 'transfer.assessment.js.value',
    notRated: 'transfer.assessment.js.not-rated',
    notApplicable: 'transfer.assessment.js.not-applicable',
    dontKnow: 'transfer.assessment.js.dont-know',
    rationale: 'transfer.assessment.js.rationale',
    evidenceUrl: 'transfer.assessment.js.evidence-url',
    formTitle: 'transfer.assessment.js.form-title',
    choosePlan: 'transfer.assessment.js.choose-plan',
    createStep: 'transfer.assessment.js.create-step',
    creating: 'transfer.assessment.js.creating',
    noPlans: 'transfer.assessment.js.no-plans',
    stepInvalid: 'transfer.assessment.js.step-invalid',
    stepForbidden: 'transfer.assessment.js.step-forbidden'
  };
  /** The limits the server keeps, so the browser stops where the server would. */
  const RATIONALE_LENGTH = 4000;
  const URL_LENGTH = 450;

  const ui = window.GoodPracticeTransfer && window.GoodPracticeTransfer.ui;
  if (!ui) {
    throw new Error('Good Practice Transfer: transfer-common.js (web resource common-resources) must load first');
  }
  const { asText, isObject, el, textsOf, restBaseOf, focusElement, focusStatic, send, makeField, textInput, textArea } = ui;
  const uniqueId = ui.idMaker('gpt-rating');
  const claim = ui.claimer();

  /** The criteria set is the same for every country of the page: loaded once, on the first Rate. */
  function criteriaLoader(section) {
    let loaded = null;
    return () => {
      if (!loaded) {
        const space = encodeURIComponent(asText(section.getAttribute('data-space-key')));
        loaded = send('GET', `${restBaseOf(section)}/criteria-sets?space=${space}`).then((result) => {
          if (result.status !== 200 || !isObject(result.data)) {
            loaded = null;
          }
          return result;
        });
      }
      return loaded;
    };
  }

  /** The choice of a score: not rated, 1 to 5 with the level's text, not applicable, don't know. */
  function valueSelect(criterion, t) {
    const select = el('select', { className: 'gpt-input gpt-input--select' });
    select.appendChild(el('option', { value: '', text: t(KEY.notRated) }));
    const levels = Array.isArray(criterion.levels) ? criterion.levels : [];
    if (levels.length === 0) {
      // a criterion a space added has its own question but no level texts: the bare scale still rates it
      [1, 2, 3, 4, 5].forEach((score) => select.appendChild(el('option', { value: String(score), text: String(score) })));
    }
    levels.forEach((level) => {
      const text = `${level.level} \u2013 ${asText(level.text)}`;
      select.appendChild(el('option', { value: String(level.level), title: asText(level.text), text }));
    });
    select.appendChild(el('option', { value: 'NA', text: t(KEY.notApplicable) }));
    select.appendChild(el('option', { value: 'DK', text: t(KEY.dontKnow) }));
    return select;
  }

  /** One criterion's part of the form: the question, the score, the reason and the evidence link. */
  function criterionPart(criterion, mine, t) {
    const prefix = uniqueId(criterion.key);
    const value = makeField(prefix, 'value', t(KEY.value), valueSelect(criterion, t));
    value.control.value = mine ? asText(mine.value) : '';
    const rationale = makeField(prefix, 'rationale', t(KEY.rationale),
      textArea(mine ? asText(mine.rationale) : '', 2, { maxlength: RATIONALE_LENGTH }));
    const evidenceUrl = makeField(prefix, 'evidenceUrl', t(KEY.evidenceUrl),
      textInput(mine ? asText(mine.evidenceUrl) : '', { type: 'url', maxlength: URL_LENGTH }));
    const wrapper = el('fieldset', { className: 'gpt-assessment__criterion', 'data-criterion': criterion.key }, [
      el('legend', { className: 'gpt-assessment__question', text: asText(criterion.question) }),
      value.wrapper, rationale.wrapper, evidenceUrl.wrapper
    ]);
    return { key: criterion.key, wrapper, fields: { value, rationale, evidenceUrl } };
  }

  /** The ratings to send: every criterion the user gave a value, in the order of the form. */
  function batchOf(parts) {
    return parts.filter((part) => part.fields.value.control.value !== '').map((part) => ({
      criterion: part.key,
      value: part.fields.value.control.value,
      rationale: part.fields.rationale.control.value,
      evidenceUrl: part.fields.evidenceUrl.control.value
    }));
  }

  /** The server names a rating's field by its place in the batch: ratings[2].rationale. */
  function fieldsOfBatch(batch, parts) {
    const fields = {};
    batch.forEach((rating, index) => {
      const part = parts.find((candidate) => candidate.key === rating.criterion);
      Object.keys(part.fields).forEach((name) => {
        fields[`ratings[${index}].${name}`] = part.fields[name];
      });
    });
    return fields;
  }

  class RatingForm {
    constructor(section, country, button, status, t) {
      this.section = section;
      this.country = country;
      this.button = button;
      this.t = t;
      this.url = `${restBaseOf(section)}/practices/${section.getAttribute('data-page-id')}/assessments/${country}`;
      this.element = el('form', { className: 'gpt-form gpt-assessment__form', novalidate: true });
      this.status = status;
      status.insertAdjacentElement('beforebegin', this.element);
    }

    /** Loads what the form needs and builds it; false (with a message) when the server did not answer. */
    async open(loadCriteria) {
      this.say(this.t(KEY.loading));
      const [criteria, assessment] = await Promise.all([loadCriteria(), send('GET', this.url)]);
      if (criteria.status !== 200 || assessment.status !== 200 || !isObject(assessment.data)) {
        this.say(this.t(KEY.failed));
        this.element.remove();
        return false;
      }
      this.say('');
      this.version = asText(assessment.data.version);
      this.build(criteria.data, this.ratingsOfUser(assessment.data));
      this.focusFirst();
      return true;
    }

    focusFirst() {
      focusElement(this.parts.length ? this.parts[0].fields.value.control : this.saveButton);
    }

    /** The current user's ratings by criterion, to start from. */
    ratingsOfUser(assessment) {
      const user = this.section.getAttribute('data-user-key');
      const mine = {};
      (Array.isArray(assessment.ratings) ? assessment.ratings : []).forEach((rating) => {
        if (isObject(rating.assessor) && rating.assessor.key === user) {
          mine[rating.criterion] = rating;
        }
      });
      return mine;
    }

    build(set, mine) {
      const t = this.t;
      this.parts = [];
      const summary = el('div', { className: 'gpt-form__summary', role: 'alert', hidden: true });
      this.element.appendChild(el('h4', { className: 'gpt-form__heading', text: t(KEY.formTitle) }));
      this.element.appendChild(summary);
      (Array.isArray(set.dimensions) ? set.dimensions : []).forEach((dimension) => {
        const active = (Array.isArray(dimension.criteria) ? dimension.criteria : []).filter((c) => !c.retired);
        if (!active.length) {
          return;
        }
        const group = el('fieldset', { className: 'gpt-assessment__dimension', 'data-dimension': dimension.key }, [
          el('legend', { text: asText(dimension.name) })
        ]);
        active.forEach((criterion) => {
          const part = criterionPart(criterion, mine[criterion.key], t);
          this.parts.push(part);
          group.appendChild(part.wrapper);
        });
        this.element.appendChild(group);
      });
      this.saveButton = el('button', { type: 'submit', className: 'gpt-button gpt-button--primary', text: t(KEY.save) });
      this.element.appendChild(el('div', { className: 'gpt-form__buttons' }, [this.saveButton]));
      this.state = new ui.FormState(this.element, {}, summary, this.saveButton, { invalid: t(KEY.invalid) });
      this.element.addEventListener('submit', (event) => {
        event.preventDefault();
        this.save();
      });
      // Escape closes the form as the Close button does (the typing stays) and focus returns to that button
      this.element.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          this.toggle(false);
          focusElement(this.button);
        }
      });
    }

    async save() {
      if (this.saveButton.disabled) {
        return;
      }
      const batch = batchOf(this.parts);
      this.state.clearErrors();
      this.state.fields = fieldsOfBatch(batch, this.parts);
      this.state.setBusy(true);
      this.say(this.t(KEY.saving));
      const outcome = ui.outcomeOf(await send('PUT', `${this.url}/ratings`, { version: this.version, ratings: batch }),
        this.t(KEY.failed), this.t(KEY.conflict));
      this.state.setBusy(false);
      this.say('');
      if (outcome.kind === 'ok') {
        window.location.reload();
      } else if (outcome.kind === 'invalid') {
        focusElement(this.state.showErrors(outcome.errors) || this.state.summary);
      } else if (outcome.kind === 'conflict') {
        // the input stays as typed; with the newer version the next Save replaces the user's own ratings only
        if (outcome.current && outcome.current.version !== undefined) {
          this.version = asText(outcome.current.version);
        }
        this.state.showMessage(this.t(KEY.conflict));
        focusStatic(this.state.summary);
      } else {
        this.state.showMessage(outcome.message);
        focusStatic(this.state.summary);
      }
    }

    say(message) {
      this.status.textContent = message;
      this.status.hidden = !message;
    }

    toggle(visible) {
      this.element.hidden = !visible;
      this.button.setAttribute('aria-expanded', String(visible));
      this.button.textContent = this.t(visible ? KEY.close : KEY.rate);
    }
  }

  /**
   * From a barrier to action: the barrier's Create step button opens a small form to choose one of the space's
   * action plans, then creates a step there, pre-filled with the title the server suggests, the practice page and
   * the criterion, and reloads so the barrier lists it.
   */
  class StepFromBarrier {
    constructor(section, barrier, button, t) {
      this.section = section;
      this.barrier = barrier;
      this.button = button;
      this.t = t;
      this.status = el('p', { className: 'gpt-assessment__status', role: 'status', 'aria-live': 'polite', hidden: true });
      button.insertAdjacentElement('afterend', this.status);
    }

    async open() {
      if (this.form) {
        const opening = this.form.hidden;
        this.show(opening);
        if (opening) {
          focusElement(this.select);
        }
        return;
      }
      this.say(this.t(KEY.loading));
      const space = encodeURIComponent(asText(this.section.getAttribute('data-space-key')));
      const result = await send('GET', `${restBaseOf(this.section)}/plans?spaceKey=${space}&limit=100`);
      if (result.status !== 200 || !isObject(result.data) || !Array.isArray(result.data.results)) {
        this.say(this.t(KEY.failed));
        return;
      }
      if (!result.data.results.length) {
        this.say(this.t(KEY.noPlans));
        return;
      }
      this.say('');
      this.build(result.data.results);
    }

    build(plans) {
      const id = uniqueId('plan');
      this.select = el('select', { id, className: 'gpt-input gpt-input--select' });
      plans.forEach((plan) => {
        this.select.appendChild(el('option', {
          value: String(plan.id), text: `${asText(plan.institution)} (${asText(plan.country)})`
        }));
      });
      this.submit = el('button', { type: 'submit', className: 'gpt-button gpt-button--primary', text: this.t(KEY.createStep) });
      this.form = el('form', { className: 'gpt-form gpt-assessment__step-form', novalidate: true }, [
        el('label', { for: id, text: this.t(KEY.choosePlan) }), this.select, this.submit
      ]);
      this.status.insertAdjacentElement('beforebegin', this.form);
      this.form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.create();
      });
      this.form.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          this.show(false);
          focusElement(this.button);
        }
      });
      this.show(true);
      focusElement(this.select);
    }

    show(visible) {
      this.form.hidden = !visible;
      this.button.setAttribute('aria-expanded', String(visible));
    }

    async create() {
      if (this.submit.disabled) {
        return;
      }
      this.submit.disabled = true;
      this.say(this.t(KEY.creating));
      const step = {
        title: asText(this.button.getAttribute('data-step-title')),
        practicePageId: asText(this.section.getAttribute('data-page-id')),
        criterion: asText(this.barrier.getAttribute('data-criterion'))
      };
      const result = await send('POST', `${restBaseOf(this.section)}/plans/${this.select.value}/steps`, step);
      this.submit.disabled = false;
      const outcome = ui.outcomeOf(result, this.t(KEY.failed), this.t(KEY.failed));
      if (outcome.kind === 'ok') {
        window.location.reload();
      } else if (result.status === 403) {
        this.say(this.t(KEY.stepForbidden));
      } else if (outcome.kind === 'invalid') {
        const messages = Object.keys(outcome.errors).map((field) => asText(outcome.errors[field]));
        this.say(`${this.t(KEY.stepInvalid)} ${messages.join(' ')}`.trim());
      } else {
        this.say(outcome.message);
      }
    }

    say(message) {
      this.status.textContent = message;
      this.status.hidden = !message;
    }
  }

  function startSteps(section, t) {
    section.querySelectorAll('.gpt-assessment__barrier').forEach((barrier) => {
      const button = barrier.querySelector('button.gpt-assessment__create-step');
      if (!button) {
        return;
      }
      const helper = new StepFromBarrier(section, barrier, button, t);
      button.hidden = false;
      button.addEventListener('click', () => helper.open());
    });
  }

  function start(section) {
    const t = textsOf(section);
    const loadCriteria = criteriaLoader(section);
    startSteps(section, t);
    section.querySelectorAll('.gpt-assessment__country').forEach((countryElement) => {
      const button = countryElement.querySelector('button.gpt-assessment__rate');
      if (!button) {
        return;
      }
      // the status line exists from the start, so screen readers notice what is written into it later
      const status = el('p', { className: 'gpt-assessment__status', role: 'status', 'aria-live': 'polite' });
      button.closest('.gpt-assessment__actions').insertAdjacentElement('afterend', status);
      let form = null;
      button.hidden = false;
      button.addEventListener('click', async () => {
        if (!form) {
          form = new RatingForm(section, countryElement.getAttribute('data-country'), button, status, t);
          form.toggle(true);
          if (!(await form.open(loadCriteria))) {
            form.toggle(false);
            form = null; // the next click tries again
          }
        } else {
          // opened again: focus goes into the form, as on the first opening
          const opening = form.element.hidden;
          form.toggle(opening);
          if (opening) {
            form.focusFirst();
          }
        }
      });
    });
  }

  ui.onReady(() => {
    document.querySelectorAll('section.gpt-assessment').forEach((section) => {
      if (claim(section)) {
        start(section);
      }
    });
  });
}());
