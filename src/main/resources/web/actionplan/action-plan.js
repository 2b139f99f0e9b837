/*
 * Good Practice Transfer: editing for the action-plan macro.
 *
 * The macro renders a complete, readable plan on the server; this script only adds editing for the users the server
 * marked with data-editable="true". It needs nothing Confluence alone provides (no AJS, jQuery, WRM or Soy), so it
 * runs the same in Confluence and in a standalone test host; what it shares with the app's other page scripts (DOM
 * building, requests, the status line, form fields) is GoodPracticeTransfer.ui from web/common/transfer-common.js.
 * Every text comes from the element's data-i18n JSON.
 * User data reaches the page only through textContent and attributes; the one piece of markup ever inserted is the
 * server's own, already escaped rendering of the plan from GET {rest}/plans/{id}/view.
 */
(function () {
  'use strict';

  const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'DROPPED'];
  const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'];
  const ANCHORING_LEVELS = ['PILOT', 'ADOPTED', 'INSTITUTIONALISED'];
  const STEP_FIELDS = ['title', 'description', 'owner', 'dueDate', 'status', 'priority', 'practicePageId',
    'stakeholders', 'anchoring'];
  const NEW_STEP = Object.freeze({
    title: '', description: '', owner: '', dueDate: '', status: 'NOT_STARTED', priority: 'MEDIUM',
    practicePageId: '', stakeholders: [], anchoring: ''
  });
  const KEY = {
    add: 'transfer.actionplan.js.add',
    actions: 'transfer.actionplan.js.actions',
    newStep: 'transfer.actionplan.js.new-step',
    edit: 'transfer.actionplan.js.edit',
    save: 'transfer.actionplan.js.save',
    cancel: 'transfer.actionplan.js.cancel',
    remove: 'transfer.actionplan.js.delete',
    confirmDelete: 'transfer.actionplan.js.confirm-delete',
    markDone: 'transfer.actionplan.js.mark-done',
    moveUp: 'transfer.actionplan.js.move-up',
    moveDown: 'transfer.actionplan.js.move-down',
    saving: 'transfer.actionplan.js.saving',
    saved: 'transfer.actionplan.js.saved',
    conflict: 'transfer.actionplan.js.conflict',
    failed: 'transfer.actionplan.js.failed',
    invalid: 'transfer.actionplan.js.invalid',
    none: 'transfer.actionplan.js.none',
    ownerHint: 'transfer.actionplan.js.owner-hint',
    stakeholdersHint: 'transfer.actionplan.js.stakeholders-hint',
    practicePageHint: 'transfer.actionplan.js.practice-page-hint',
    createPlan: 'transfer.actionplan.js.create-plan',
    countryHint: 'transfer.actionplan.js.country-hint'
  };

  const ui = window.GoodPracticeTransfer && window.GoodPracticeTransfer.ui;
  if (!ui) {
    throw new Error('Good Practice Transfer: transfer-common.js (web resource common-resources) must load first');
  }
  const { asText, el, slug, textsOf, restBaseOf, focusElement, announce, send, textInput, textArea, selectOf } = ui;
  const uniqueId = ui.idMaker('gpt-ap');
  const claim = ui.claimer();

  /** A value as a quoted CSS attribute-selector string. */
  function cssString(value) {
    return `"${String(value).replace(/["\\]/g, '\\$&')}"`;
  }

  /**
   * The polite live region right after the widget for "Saving…", "Saved." and errors. It is created once and
   * outlives every refresh of the plan, so screen readers notice what is written into it.
   */
  function createStatus(after) {
    return ui.createStatus(after, 'gpt-action-plan__status');
  }

  /* ---------- talking to the server ---------- */

  /** What a response means for the user: ok, invalid (field errors), conflict, denied (a message) or failed. */
  function outcomeOf(result, t) {
    return ui.outcomeOf(result, t(KEY.failed), t(KEY.conflict));
  }

  /** The plan as the server renders it now: a fresh div.gpt-action-plan, not yet in the page. */
  async function loadView(restBase, planId) {
    const response = await fetch(`${restBase}/plans/${encodeURIComponent(planId)}/view`, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { 'Accept': 'text/html', 'X-Atlassian-Token': 'no-check' }
    });
    if (!response.ok) {
      throw new Error(`The plan view answered ${response.status}`);
    }
    // the server's own template output, escaped there; parsed inertly, and only the plan element is taken
    const template = document.createElement('template');
    template.innerHTML = await response.text();
    const fresh = template.content.querySelector('div.gpt-action-plan');
    if (!fresh) {
      throw new Error('The plan view holds no plan');
    }
    return document.importNode(fresh, true);
  }

  /* ---------- steps ---------- */

  /** The step a row carries in data-step, with every field present; null when it cannot be read. */
  function stepOf(row) {
    let raw;
    try {
      raw = JSON.parse(row.getAttribute('data-step') || '');
    } catch (e) {
      return null;
    }
    if (!raw || typeof raw !== 'object') {
      return null;
    }
    return {
      id: raw.id,
      version: raw.version,
      title: asText(raw.title),
      description: asText(raw.description),
      owner: asText(raw.owner),
      dueDate: asText(raw.dueDate),
      status: asText(raw.status) || 'NOT_STARTED',
      priority: asText(raw.priority) || 'MEDIUM',
      practicePageId: asText(raw.practicePageId),
      stakeholders: Array.isArray(raw.stakeholders) ? raw.stakeholders.map(asText) : [],
      anchoring: asText(raw.anchoring)
    };
  }

  /** The request body of a step, from form values or data-step. */
  function stepBody(values) {
    const body = {};
    STEP_FIELDS.forEach((name) => {
      body[name] = name === 'stakeholders' ? values.stakeholders.slice() : values[name];
    });
    return body;
  }

  function sameValue(name, a, b) {
    return name === 'stakeholders' ? a.join('\n') === b.join('\n') : a === b;
  }

  /** After a conflict: the user's changes on top of what is stored now (see GoodPracticeTransfer.ui.merge). */
  function merge(base, mine, theirs) {
    return ui.merge(STEP_FIELDS, sameValue, base, mine, theirs);
  }

  /* ---------- form building ---------- */

  /**
   * A labelled field with an optional hint and a place for its error message. The action plan's fields are classed
   * by their name in lower case (gpt-field--duedate), as its pages have always been.
   */
  function makeField(prefix, name, labelText, control, options = {}) {
    return ui.makeField(prefix, name, labelText, control, Object.assign({ modifier: slug(name) }, options));
  }

  /**
   * A form's summary, error display and busy state: each field's message next to it, the messages under other names
   * (version, body, spaceKey, …) in the summary.
   */
  function formState(form, fields, summary, saveButton, t) {
    return new ui.FormState(form, fields, summary, saveButton, { invalid: t(KEY.invalid) });
  }

  /* ---------- an editable plan ---------- */

  class PlanEditor {
    constructor(root, status) {
      this.root = root;
      this.status = status;
      this.t = textsOf(root);
      this.planId = root.getAttribute('data-plan-id');
      this.restBase = restBaseOf(root);
      this.form = null;
      this.busy = false;
      this.enhance();
    }

    table() {
      const table = this.root.querySelector('table.gpt-steps');
      return table && table.parentNode === this.root ? table : null;
    }

    /** The steps in their order: {id, row, data}. */
    steps() {
      const table = this.table();
      if (!table || !table.tBodies.length) {
        return [];
      }
      return Array.from(table.tBodies[0].rows)
        .filter((row) => row.classList.contains('gpt-step'))
        .map((row) => ({ id: Number(row.getAttribute('data-step-id')), row, data: stepOf(row) }));
    }

    step(stepId) {
      const wanted = Number(stepId);
      return this.steps().find((entry) => entry.id === wanted) || null;
    }

    row(stepId) {
      return stepId === null || stepId === undefined ? null
        : this.root.querySelector(`tr.gpt-step[data-step-id=${cssString(stepId)}]`);
    }

    url(path) {
      return `${this.restBase}/plans/${encodeURIComponent(this.planId)}${path}`;
    }

    enhance() {
      this.root.classList.add('gpt-action-plan--editable');
      const table = this.table();
      if (table) {
        const headRow = table.tHead && table.tHead.rows[0];
        if (headRow) {
          headRow.appendChild(el('th', { className: 'confluenceTh gpt-steps__controls-head', scope: 'col',
            text: this.t(KEY.actions) }));
        }
        const steps = this.steps();
        steps.forEach((entry, index) => {
          const cell = el('td', { className: 'confluenceTd gpt-step__controls' });
          entry.row.appendChild(cell);
          if (!entry.data || !Number.isFinite(entry.id)) {
            return;
          }
          cell.appendChild(el('div', { className: 'gpt-step__buttons' }, [
            this.rowButton(entry, 'edit', KEY.edit, false),
            entry.data.status !== 'DONE' ? this.rowButton(entry, 'mark-done', KEY.markDone, false) : null,
            this.rowButton(entry, 'move-up', KEY.moveUp, index === 0),
            this.rowButton(entry, 'move-down', KEY.moveDown, index === steps.length - 1),
            this.rowButton(entry, 'delete', KEY.remove, false)
          ]));
        });
      }
      this.addButton = el('button', {
        type: 'button', className: 'gpt-button gpt-button--primary gpt-action-plan__add', 'data-gpt-action': 'add',
        'aria-expanded': 'false', text: this.t(KEY.add)
      });
      this.addButton.addEventListener('click', () => this.openAdd(null, null));
      this.toolbar = el('div', { className: 'gpt-action-plan__toolbar' }, [this.addButton]);
      this.root.appendChild(this.toolbar);
    }

    rowButton(entry, action, key, atEnd) {
      const label = this.t(key);
      const button = el('button', {
        type: 'button',
        className: `gpt-button gpt-button--small gpt-button--${action}`,
        'data-gpt-action': action,
        'data-gpt-end': atEnd ? 'true' : null,
        'aria-label': `${label}: ${entry.data.title}`,
        // the edit button opens a form: a disclosure, so assistive tech says whether it is open
        'aria-expanded': action === 'edit' ? 'false' : null,
        text: label
      });
      button.disabled = atEnd;
      const stepId = entry.id;
      button.addEventListener('click', () => {
        if (this.busy || this.form) {
          return;
        }
        if (action === 'edit') {
          this.openEdit(stepId, null, null);
        } else if (action === 'mark-done') {
          this.markDone(stepId);
        } else if (action === 'move-up') {
          this.move(stepId, -1);
        } else if (action === 'move-down') {
          this.move(stepId, 1);
        } else if (action === 'delete') {
          this.remove(stepId);
        }
      });
      return button;
    }

    /** While a form is open the other controls are off, so only one change is ever in the making. */
    lockControls(locked) {
      this.root.querySelectorAll('button[data-gpt-action]').forEach((button) => {
        button.disabled = locked || button.getAttribute('data-gpt-end') === 'true';
      });
    }

    /** A request is under way: the controls say so but keep focus (aria-disabled), and clicks are ignored. */
    setBusy(busy) {
      this.busy = busy;
      ui.markBusy(this.root, busy);
      if (this.form) {
        this.form.setBusy(busy);
      }
    }

    /** Focuses the first usable of the given buttons of a step; the Add button when there is none. */
    focusControl(stepId, actions) {
      const row = this.row(stepId);
      const button = row && actions
        .map((action) => row.querySelector(`button[data-gpt-action=${cssString(action)}]`))
        .find((candidate) => candidate && !candidate.disabled);
      focusElement(button || this.addButton);
    }

    highlight(stepId) {
      const row = this.row(stepId);
      if (row) {
        row.classList.add('gpt-step--changed');
      }
    }

    /* --- the step form --- */

    buildStepForm(mode, base, values, notice) {
      const t = this.t;
      const prefix = uniqueId('step');
      const heading = el('h4', {
        className: 'gpt-form__heading',
        id: `${prefix}-heading`,
        text: mode === 'add' ? t(KEY.newStep) : `${t(KEY.edit)}: ${base.title}`
      });
      const summary = el('div', { className: 'gpt-form__summary', hidden: true });
      const choices = (names, keyPrefix) => names.map((name) => [name, t(keyPrefix + slug(name))]);
      const fields = {
        title: makeField(prefix, 'title', t('transfer.actionplan.field.title'),
          textInput(values.title, { maxlength: 255 }), { required: true }),
        description: makeField(prefix, 'description', t('transfer.actionplan.field.description'),
          textArea(values.description, 3)),
        owner: makeField(prefix, 'owner', t('transfer.actionplan.field.owner'),
          textInput(values.owner, { placeholder: t(KEY.ownerHint), spellcheck: 'false', autocapitalize: 'none' })),
        dueDate: makeField(prefix, 'dueDate', t('transfer.actionplan.field.due-date'),
          textInput(values.dueDate, { type: 'date' })),
        status: makeField(prefix, 'status', t('transfer.actionplan.field.status'),
          selectOf(choices(STATUSES, 'transfer.actionplan.status.'), values.status)),
        priority: makeField(prefix, 'priority', t('transfer.actionplan.field.priority'),
          selectOf(choices(PRIORITIES, 'transfer.actionplan.priority.'), values.priority)),
        practicePageId: makeField(prefix, 'practicePageId', t('transfer.actionplan.field.practice-page'),
          textInput(values.practicePageId, { inputmode: 'numeric', spellcheck: 'false' }),
          { hint: t(KEY.practicePageHint) }),
        stakeholders: makeField(prefix, 'stakeholders', t('transfer.actionplan.field.stakeholders'),
          textArea(values.stakeholders.join('\n'), 3), { hint: t(KEY.stakeholdersHint) }),
        anchoring: makeField(prefix, 'anchoring', t('transfer.actionplan.field.anchoring'),
          selectOf([['', t(KEY.none)]].concat(choices(ANCHORING_LEVELS, 'transfer.actionplan.anchoring.')),
            values.anchoring))
      };
      const save = el('button', { type: 'submit', className: 'gpt-button gpt-button--primary', text: t(KEY.save) });
      const cancel = el('button', { type: 'button', className: 'gpt-button', text: t(KEY.cancel) });
      // novalidate: the server checks and explains in the user's language; required still tells assistive tech
      const form = el('form', {
        className: 'gpt-form gpt-step-form', novalidate: true, 'aria-labelledby': heading.id
      }, [heading, summary, ...STEP_FIELDS.map((name) => fields[name].wrapper),
        el('div', { className: 'gpt-form__actions' }, [save, cancel])]);

      const state = formState(form, fields, summary, save, t);
      state.mode = mode;
      state.base = base;
      state.stepId = base ? Number(base.id) : null;
      state.read = () => ({
        title: fields.title.control.value,
        description: fields.description.control.value,
        owner: fields.owner.control.value.trim(),
        dueDate: fields.dueDate.control.value,
        status: fields.status.control.value,
        priority: fields.priority.control.value,
        practicePageId: fields.practicePageId.control.value.trim(),
        stakeholders: fields.stakeholders.control.value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean),
        anchoring: fields.anchoring.control.value
      });
      if (notice) {
        state.showMessage(notice);
      }
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.submitStep(state);
      });
      cancel.addEventListener('click', () => {
        if (!this.busy) {
          this.closeForm(true);
        }
      });
      // Escape cancels, as Cancel does, and focus goes back to the button that opened the form
      form.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && !this.busy) {
          event.preventDefault();
          this.closeForm(true);
        }
      });
      return state;
    }

    openAdd(values, notice) {
      if (this.form || this.busy) {
        return;
      }
      const state = this.buildStepForm('add', null, values || NEW_STEP, notice);
      state.container = el('div', { className: 'gpt-action-plan__editor' }, [state.element]);
      this.root.insertBefore(state.container, this.toolbar);
      state.opener = this.addButton;
      this.showForm(state);
    }

    openEdit(stepId, values, notice) {
      const entry = this.step(stepId);
      if (this.form || this.busy || !entry || !entry.data) {
        return;
      }
      const state = this.buildStepForm('edit', entry.data, values || entry.data, notice);
      state.container = el('tr', { className: 'gpt-step-editor' }, [
        el('td', { className: 'confluenceTd gpt-step-editor__cell', colspan: entry.row.cells.length }, [state.element])
      ]);
      entry.row.insertAdjacentElement('afterend', state.container);
      entry.row.classList.add('gpt-step--editing');
      state.opener = entry.row.querySelector('button[data-gpt-action=edit]');
      this.showForm(state);
    }

    showForm(state) {
      this.form = state;
      if (state.opener) {
        state.opener.setAttribute('aria-expanded', 'true');
      }
      focusElement(state.fields.title.control);
      this.lockControls(true);
    }

    closeForm(restoreFocus) {
      const state = this.form;
      if (!state) {
        return;
      }
      this.form = null;
      state.container.remove();
      if (state.opener) {
        state.opener.setAttribute('aria-expanded', 'false');
      }
      const row = this.row(state.stepId);
      if (row) {
        row.classList.remove('gpt-step--editing');
      }
      this.lockControls(false);
      if (restoreFocus) {
        this.focusControl(state.stepId, ['edit']);
      }
    }

    async submitStep(state) {
      if (this.busy) {
        return;
      }
      const t = this.t;
      const values = state.read();
      const body = stepBody(values);
      let method = 'POST';
      let path = '/steps';
      if (state.mode === 'edit') {
        method = 'PUT';
        path = `/steps/${encodeURIComponent(state.stepId)}`;
        body.version = state.base.version;
      }
      this.setBusy(true);
      announce(this.status, t(KEY.saving), 'busy');
      const outcome = outcomeOf(await send(method, this.url(path), body), t);
      if (outcome.kind === 'ok') {
        const stepId = state.mode === 'edit' ? state.stepId : outcome.data.id;
        await this.refresh((editor) => {
          editor.highlight(stepId);
          editor.focusControl(stepId, ['edit']);
        }, t(KEY.saved), 'ok');
      } else if (outcome.kind === 'conflict') {
        await this.refreshAfterConflict(state, values);
      } else {
        this.setBusy(false);
        this.showFailure(state, outcome);
      }
    }

    /** Keeps the form and the user's input, and says what is wrong. */
    showFailure(state, outcome) {
      if (outcome.kind === 'invalid') {
        const first = state.showErrors(outcome.errors);
        announce(this.status, this.t(KEY.invalid), 'error');
        focusElement(first || state.fields.title.control);
      } else {
        state.showMessage(outcome.message);
        announce(this.status, outcome.message, 'error');
      }
    }

    /** Puts the server's current rendering of the plan in place of this one and enhances it. */
    replaceWith(fresh) {
      this.root.replaceWith(fresh);
      return enhancePlan(fresh, this.status);
    }

    /**
     * After a saved change: shows the plan as stored, then then(editor) restores focus. Should the refresh itself
     * fail, the page reloads, so nobody goes on editing a plan that is no longer true.
     */
    async refresh(then, message, kind) {
      let fresh;
      try {
        fresh = await loadView(this.restBase, this.planId);
      } catch (e) {
        window.location.reload();
        return;
      }
      const editor = this.replaceWith(fresh);
      announce(this.status, message, kind);
      if (editor) {
        then(editor);
      }
    }

    /** Their version wins: show it, then offer the user's own changes again on top of it, for a deliberate save. */
    async refreshAfterConflict(state, mine) {
      const conflict = this.t(KEY.conflict);
      let fresh;
      try {
        fresh = await loadView(this.restBase, this.planId);
      } catch (e) {
        this.setBusy(false);
        this.showFailure(state, { kind: 'failed', message: this.t(KEY.failed) });
        return;
      }
      const editor = this.replaceWith(fresh);
      announce(this.status, conflict, 'error');
      if (!editor) {
        return;
      }
      const entry = state.mode === 'edit' ? editor.step(state.stepId) : null;
      if (entry && entry.data) {
        editor.openEdit(state.stepId, merge(state.base, mine, entry.data), conflict);
      } else {
        editor.openAdd(mine, conflict);
      }
    }

    /* --- changes without a form --- */

    async runAction(method, path, body, then, onInvalid) {
      const t = this.t;
      this.setBusy(true);
      announce(this.status, t(KEY.saving), 'busy');
      const outcome = outcomeOf(await send(method, this.url(path), body), t);
      if (outcome.kind === 'ok') {
        await this.refresh(then, t(KEY.saved), 'ok');
      } else if (outcome.kind === 'conflict') {
        await this.refresh(then, t(KEY.conflict), 'error');
      } else {
        this.setBusy(false);
        if (outcome.kind === 'invalid' && onInvalid) {
          onInvalid(outcome);
        } else if (outcome.kind === 'invalid') {
          const messages = Object.values(outcome.errors).map(asText);
          announce(this.status, [t(KEY.invalid)].concat(messages).join(' '), 'error');
        } else {
          announce(this.status, outcome.message, 'error');
        }
      }
    }

    markDone(stepId) {
      const entry = this.step(stepId);
      if (!entry || !entry.data) {
        return;
      }
      const values = Object.assign({}, entry.data, { status: 'DONE' });
      const body = stepBody(values);
      body.version = entry.data.version;
      this.runAction('PUT', `/steps/${encodeURIComponent(stepId)}`, body, (editor) => {
        editor.highlight(stepId);
        editor.focusControl(stepId, ['edit']);
      }, (outcome) => {
        // the stored step no longer passes the rules (say, its owner left): the user fixes it in the form
        this.openEdit(stepId, values, null);
        if (this.form) {
          this.showFailure(this.form, outcome);
        }
      });
    }

    move(stepId, delta) {
      const ids = this.steps().map((entry) => entry.id);
      const from = ids.indexOf(Number(stepId));
      const to = from + delta;
      if (from < 0 || to < 0 || to >= ids.length) {
        return;
      }
      [ids[from], ids[to]] = [ids[to], ids[from]];
      const order = delta < 0 ? ['move-up', 'move-down', 'edit'] : ['move-down', 'move-up', 'edit'];
      this.runAction('PUT', '/steps/order', { stepIds: ids }, (editor) => {
        editor.highlight(stepId);
        editor.focusControl(stepId, order);
      }, null);
    }

    remove(stepId) {
      const steps = this.steps();
      const index = steps.findIndex((entry) => entry.id === Number(stepId));
      const entry = steps[index];
      if (!entry || !entry.data || !window.confirm(this.t(KEY.confirmDelete))) {
        return;
      }
      const neighbour = steps[index + 1] || steps[index - 1] || null;
      const path = `/steps/${encodeURIComponent(stepId)}?version=${encodeURIComponent(asText(entry.data.version))}`;
      this.runAction('DELETE', path, undefined, (editor) => {
        editor.focusControl(neighbour ? neighbour.id : null, ['edit']);
      }, null);
    }
  }

  /* ---------- an institution without a plan ---------- */

  class MissingPlan {
    constructor(notice, status) {
      this.notice = notice;
      this.status = status;
      this.t = textsOf(notice);
      this.restBase = restBaseOf(notice);
      this.busy = false;
      this.build();
    }

    build() {
      const t = this.t;
      const prefix = uniqueId('plan');
      const summary = el('div', { className: 'gpt-form__summary', hidden: true });
      const fields = {
        country: makeField(prefix, 'country', t('transfer.actionplan.field.country'),
          textInput('', {
            maxlength: 2, size: 3, autocomplete: 'country', autocapitalize: 'characters', spellcheck: 'false'
          }),
          { required: true, hint: t(KEY.countryHint) }),
        responsible: makeField(prefix, 'responsible', t('transfer.actionplan.field.responsible'),
          textInput('', { spellcheck: 'false', autocapitalize: 'none' }),
          { required: true, hint: t(KEY.ownerHint) })
      };
      const save = el('button', {
        type: 'submit', className: 'gpt-button gpt-button--primary', text: t(KEY.createPlan)
      });
      const form = el('form', {
        className: 'gpt-form gpt-plan-form', novalidate: true, 'aria-label': t(KEY.createPlan)
      }, [summary, fields.country.wrapper, fields.responsible.wrapper,
        el('div', { className: 'gpt-form__actions' }, [save])]);
      this.form = formState(form, fields, summary, save, t);
      // a sibling, not a child: the notice is a live region, and a form inside it would be read out on each change
      this.container = el('div', { className: 'gpt-action-plan-missing__editor' }, [form]);
      this.notice.insertAdjacentElement('afterend', this.container);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.submit();
      });
    }

    setBusy(busy) {
      this.busy = busy;
      this.form.setBusy(busy);
    }

    async submit() {
      if (this.busy) {
        return;
      }
      const t = this.t;
      const { fields } = this.form;
      const body = {
        spaceKey: asText(this.notice.getAttribute('data-space-key')),
        institution: asText(this.notice.getAttribute('data-institution')),
        country: fields.country.control.value.trim(),
        responsible: fields.responsible.control.value.trim()
      };
      this.setBusy(true);
      announce(this.status, t(KEY.saving), 'busy');
      const outcome = outcomeOf(await send('POST', `${this.restBase}/plans`, body), t);
      if (outcome.kind === 'ok' && outcome.data.id !== undefined) {
        await this.showPlan(outcome.data.id, t(KEY.saved), 'ok');
      } else if (outcome.kind === 'conflict' && outcome.current && outcome.current.id !== undefined) {
        await this.showPlan(outcome.current.id, t(KEY.conflict), 'error');
      } else if (outcome.kind === 'invalid') {
        this.setBusy(false);
        const first = this.form.showErrors(outcome.errors);
        announce(this.status, t(KEY.invalid), 'error');
        focusElement(first || fields.country.control);
      } else {
        this.setBusy(false);
        const message = outcome.kind === 'denied' ? outcome.message : t(KEY.failed);
        this.form.showMessage(message);
        announce(this.status, message, 'error');
      }
    }

    /** Puts the plan, as the server renders it, where the notice was. */
    async showPlan(planId, message, kind) {
      let fresh;
      try {
        fresh = await loadView(this.restBase, planId);
      } catch (e) {
        window.location.reload();
        return;
      }
      this.notice.replaceWith(fresh);
      this.container.remove();
      const editor = enhancePlan(fresh, this.status);
      announce(this.status, message, kind);
      if (editor) {
        focusElement(editor.addButton);
      }
    }
  }

  /* ---------- start ---------- */

  function enhancePlan(root, status) {
    return claim(root) ? new PlanEditor(root, status || createStatus(root)) : null;
  }

  function enhanceMissing(notice) {
    return claim(notice) ? new MissingPlan(notice, createStatus(notice)) : null;
  }

  function start() {
    document.querySelectorAll('div.gpt-action-plan').forEach((root) => enhancePlan(root, null));
    document.querySelectorAll('div.gpt-action-plan-missing').forEach(enhanceMissing);
  }

  ui.onReady(start);
}());
