/*
 * Good Practice Transfer: editing for the action-plan macro.
 *
 * The macro renders a complete, readable plan on the server; this script only adds editing for users the server
 * marked with data-editable="true". It needs nothing from Confluence (no AJS, jQuery, WRM or Soy), so it runs the
 * same in Confluence and in a standalone test host. Every text comes from the element's data-i18n JSON. User data
 * only ever reaches the page through textContent and attributes; the one piece of markup inserted is the server's
 * own, already escaped rendering of the plan from GET {rest}/plans/{id}/view.
 */
(function () {
  'use strict';

  var STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'DROPPED'];
  var PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'];
  var ANCHORING_LEVELS = ['PILOT', 'ADOPTED', 'INSTITUTIONALISED'];
  var STEP_FIELDS = ['title', 'description', 'owner', 'dueDate', 'status', 'priority', 'practicePageId',
    'stakeholders', 'anchoring'];
  var NEW_STEP = {
    title: '', description: '', owner: '', dueDate: '', status: 'NOT_STARTED', priority: 'MEDIUM',
    practicePageId: '', stakeholders: [], anchoring: ''
  };

  var enhanced = typeof WeakSet === 'function' ? new WeakSet() : null;
  var counter = 0;

  /* ---------- small helpers ---------- */

  function uniqueId(prefix) {
    counter += 1;
    return 'gpt-ap-' + prefix + '-' + counter;
  }

  /** NOT_STARTED becomes not-started, as in the server's i18n keys and CSS classes. */
  function slug(name) {
    return String(name).toLowerCase().replace(/_/g, '-');
  }

  function asText(value) {
    return value === null || value === undefined ? '' : String(value);
  }

  /** The texts of data-i18n; a key missing there shows as the key itself, never as invented English. */
  function textsOf(element) {
    var texts = {};
    try {
      var parsed = JSON.parse(element.getAttribute('data-i18n') || '{}');
      if (parsed && typeof parsed === 'object') {
        texts = parsed;
      }
    } catch (e) {
      texts = {};
    }
    return function (key) {
      return Object.prototype.hasOwnProperty.call(texts, key) && typeof texts[key] === 'string' ? texts[key] : key;
    };
  }

  function restBaseOf(element) {
    return asText(element.getAttribute('data-rest-base')).replace(/\/+$/, '');
  }

  /** Creates an element; "text" sets textContent, every other entry an attribute (true: empty, false/null: none). */
  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (name === 'text') {
        node.textContent = value;
      } else if (name === 'className') {
        node.className = value;
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    });
    (children || []).forEach(function (child) {
      if (child) {
        node.appendChild(child);
      }
    });
    return node;
  }

  function reducedMotion() {
    return Boolean(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  function focusElement(node) {
    if (!node || typeof node.focus !== 'function') {
      return;
    }
    node.focus({ preventScroll: true });
    if (typeof node.scrollIntoView === 'function') {
      node.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    }
  }

  function cssString(value) {
    return '"' + String(value).replace(/["\\]/g, '\\$&') + '"';
  }

  /* ---------- status region ---------- */

  /** A polite live region next to the widget; it outlives every refresh of the plan, so messages are read out. */
  function createStatus(after) {
    var region = el('div', {
      className: 'gpt-action-plan__status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true'
    });
    after.insertAdjacentElement('afterend', region);
    return region;
  }

  function announce(region, message, kind) {
    var token = (region.gptToken || 0) + 1;
    region.gptToken = token;
    region.classList.toggle('gpt-action-plan__status--error', kind === 'error');
    region.classList.toggle('gpt-action-plan__status--busy', kind === 'busy');
    region.classList.toggle('gpt-action-plan__status--ok', kind === 'ok');
    region.textContent = '';
    // a short pause lets screen readers notice a message equal to the one before
    window.setTimeout(function () {
      if (region.gptToken === token) {
        region.textContent = message;
      }
    }, 60);
  }

  /* ---------- talking to the server ---------- */

  function parseJson(text) {
    try {
      return text ? JSON.parse(text) : null;
    } catch (e) {
      return null;
    }
  }

  /** Sends a JSON request; resolves to {status, data}, with status 0 when the network failed. Never rejects. */
  function send(method, url, body) {
    var headers = { 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check' };
    var init = { method: method, credentials: 'same-origin', headers: headers };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
    }
    if (body !== undefined) {
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (response) {
      return response.text().then(function (text) {
        return { status: response.status, data: parseJson(text) };
      }, function () {
        return { status: response.status, data: null };
      });
    }, function () {
      return { status: 0, data: null };
    });
  }

  /** What a response means for the user: ok, invalid (field errors), conflict, denied (a message) or failed. */
  function outcomeOf(result, t) {
    var status = result.status;
    var data = result.data && typeof result.data === 'object' ? result.data : {};
    var message = typeof data.message === 'string' && data.message ? data.message : '';
    if (status >= 200 && status < 300) {
      return { kind: 'ok', data: result.data };
    }
    if (status === 400) {
      return {
        kind: 'invalid', message: message,
        errors: data.errors && typeof data.errors === 'object' ? data.errors : {}
      };
    }
    if (status === 409) {
      return { kind: 'conflict', current: data.current || null };
    }
    if ((status === 403 || status === 404) && message) {
      return { kind: 'denied', message: message };
    }
    return { kind: 'failed', message: t('transfer.actionplan.js.failed') };
  }

  /** The plan as the server renders it now: the fresh div.gpt-action-plan, not yet in the page. */
  function loadView(restBase, planId) {
    return fetch(restBase + '/plans/' + encodeURIComponent(planId) + '/view', {
      method: 'GET',
      credentials: 'same-origin',
      headers: { 'Accept': 'text/html', 'X-Atlassian-Token': 'no-check' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('The plan view answered ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      var template = document.createElement('template');
      template.innerHTML = html;
      var fresh = template.content.querySelector('div.gpt-action-plan');
      if (!fresh) {
        throw new Error('The plan view holds no plan');
      }
      return document.importNode(fresh, true);
    });
  }

  /* ---------- steps ---------- */

  /** The step a row carries in data-step, with every field present; null when it cannot be read. */
  function stepOf(row) {
    var raw;
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

  /** The request body for a step, from form values or data-step. */
  function stepBody(values) {
    var body = {};
    STEP_FIELDS.forEach(function (name) {
      body[name] = name === 'stakeholders' ? values.stakeholders.slice() : values[name];
    });
    return body;
  }

  function sameValue(name, a, b) {
    return name === 'stakeholders' ? a.join('\n') === b.join('\n') : a === b;
  }

  /**
   * After a conflict: the fields the user changed keep the user's input, every other field shows the version now
   * stored, so saving again changes only what the user meant to change.
   */
  function merge(base, mine, theirs) {
    var merged = {};
    STEP_FIELDS.forEach(function (name) {
      merged[name] = sameValue(name, mine[name], base[name]) ? theirs[name] : mine[name];
    });
    return merged;
  }

  /* ---------- forms ---------- */

  /** A labelled field with an optional hint and a place for its error message. */
  function makeField(prefix, name, labelText, control, options) {
    var id = prefix + '-' + name;
    var opts = options || {};
    control.id = id;
    control.name = name;
    var label = el('label', { className: 'gpt-field__label', 'for': id, text: labelText });
    if (opts.required) {
      control.required = true;
      label.appendChild(el('span', { className: 'gpt-field__required', 'aria-hidden': 'true', text: ' *' }));
    }
    var error = el('p', { className: 'gpt-field__error', id: id + '-error', hidden: true });
    var hint = opts.hint ? el('p', { className: 'gpt-field__hint', id: id + '-hint', text: opts.hint }) : null;
    var field = {
      name: name,
      control: control,
      error: error,
      hintId: hint ? hint.id : null,
      wrapper: el('div', { className: 'gpt-field gpt-field--' + name }, [
        label,
        el('div', { className: 'gpt-field__body' }, [control, error, hint])
      ])
    };
    describe(field);
    return field;
  }

  function describe(field) {
    var ids = [];
    if (!field.error.hidden) {
      ids.push(field.error.id);
    }
    if (field.hintId) {
      ids.push(field.hintId);
    }
    if (ids.length) {
      field.control.setAttribute('aria-describedby', ids.join(' '));
    } else {
      field.control.removeAttribute('aria-describedby');
    }
  }

  function setFieldError(field, message) {
    field.error.textContent = message;
    field.error.hidden = false;
    field.control.setAttribute('aria-invalid', 'true');
    field.wrapper.classList.add('gpt-field--invalid');
    describe(field);
  }

  function clearFieldError(field) {
    field.error.textContent = '';
    field.error.hidden = true;
    field.control.removeAttribute('aria-invalid');
    field.wrapper.classList.remove('gpt-field--invalid');
    describe(field);
  }

  function textInput(value, attributes) {
    var input = el('input', Object.assign({ type: 'text', autocomplete: 'off' }, attributes || {}));
    input.value = value;
    return input;
  }

  function textArea(value, rows) {
    var area = el('textarea', { rows: rows });
    area.value = value;
    return area;
  }

  /** A select of [value, label] pairs; a value the list does not know is kept as an extra option, never lost. */
  function selectOf(choices, value) {
    var select = el('select');
    choices.forEach(function (choice) {
      select.appendChild(el('option', { value: choice[0], text: choice[1] }));
    });
    if (!choices.some(function (choice) { return choice[0] === value; })) {
      select.appendChild(el('option', { value: value, text: value }));
    }
    select.value = value;
    return select;
  }

  /**
   * The parts every form shares: a summary for messages that belong to no field, error display and busy state.
   * fields maps body field names to fields; errors for other names go to the summary.
   */
  function formShell(form, fields, summary, saveButton, t) {
    var shell = {
      element: form,
      fields: fields,
      saveButton: saveButton,
      clearErrors: function () {
        Object.keys(fields).forEach(function (name) {
          clearFieldError(fields[name]);
        });
        summary.textContent = '';
        summary.hidden = true;
      },
      showMessage: function (message) {
        shell.clearErrors();
        summary.appendChild(el('p', { className: 'gpt-form__summary-text', text: message }));
        summary.hidden = false;
      },
      /** Shows each field's message next to it and the rest in the summary; answers the first invalid field. */
      showErrors: function (errors) {
        shell.clearErrors();
        var first = null;
        var others = el('ul', { className: 'gpt-form__summary-list' });
        Object.keys(errors).forEach(function (name) {
          var message = asText(errors[name]);
          if (Object.prototype.hasOwnProperty.call(fields, name)) {
            setFieldError(fields[name], message);
          } else {
            others.appendChild(el('li', { text: message }));
          }
        });
        Object.keys(fields).some(function (name) {
          if (fields[name].control.getAttribute('aria-invalid') === 'true') {
            first = fields[name].control;
            return true;
          }
          return false;
        });
        summary.appendChild(el('p', { className: 'gpt-form__summary-text', text: t('transfer.actionplan.js.invalid') }));
        if (others.childNodes.length) {
          summary.appendChild(others);
        }
        summary.hidden = false;
        return first;
      },
      setBusy: function (busy) {
        saveButton.disabled = busy;
        if (busy) {
          form.setAttribute('aria-busy', 'true');
        } else {
          form.removeAttribute('aria-busy');
        }
      }
    };
    return shell;
  }

  /* ---------- an editable plan ---------- */

  function PlanEditor(root, status) {
    this.root = root;
    this.status = status;
    this.t = textsOf(root);
    this.planId = root.getAttribute('data-plan-id');
    this.restBase = restBaseOf(root);
    this.form = null;
    this.busy = false;
    this.addButton = null;
    this.toolbar = null;
    this.enhance();
  }

  PlanEditor.prototype.table = function () {
    var table = this.root.querySelector('table.gpt-steps');
    return table && table.parentNode === this.root ? table : null;
  };

  /** The steps in their order: {id, row, data}. */
  PlanEditor.prototype.steps = function () {
    var table = this.table();
    if (!table || !table.tBodies.length) {
      return [];
    }
    return Array.prototype.filter.call(table.tBodies[0].rows, function (row) {
      return row.classList.contains('gpt-step');
    }).map(function (row) {
      return { id: Number(row.getAttribute('data-step-id')), row: row, data: stepOf(row) };
    });
  };

  PlanEditor.prototype.step = function (stepId) {
    var wanted = Number(stepId);
    return this.steps().filter(function (entry) { return entry.id === wanted; })[0] || null;
  };

  PlanEditor.prototype.url = function (path) {
    return this.restBase + '/plans/' + encodeURIComponent(this.planId) + path;
  };

  PlanEditor.prototype.enhance = function () {
    var self = this;
    var t = this.t;
    this.root.classList.add('gpt-action-plan--editable');
    var table = this.table();
    if (table) {
      var headRow = table.tHead && table.tHead.rows[0];
      if (headRow) {
        // the buttons name themselves and their step, so their column needs no header text
        headRow.appendChild(el('td', { className: 'confluenceTh gpt-steps__controls-head' }));
      }
      var steps = this.steps();
      steps.forEach(function (entry, index) {
        var cell = el('td', { className: 'confluenceTd gpt-step__controls' });
        entry.row.appendChild(cell);
        if (!entry.data || !isFinite(entry.id)) {
          return;
        }
        var buttons = el('div', { className: 'gpt-step__buttons' });
        buttons.appendChild(self.rowButton(entry, 'edit', 'transfer.actionplan.js.edit', false));
        if (entry.data.status !== 'DONE') {
          buttons.appendChild(self.rowButton(entry, 'mark-done', 'transfer.actionplan.js.mark-done', false));
        }
        buttons.appendChild(self.rowButton(entry, 'move-up', 'transfer.actionplan.js.move-up', index === 0));
        buttons.appendChild(self.rowButton(entry, 'move-down', 'transfer.actionplan.js.move-down',
          index === steps.length - 1));
        buttons.appendChild(self.rowButton(entry, 'delete', 'transfer.actionplan.js.delete', false));
        cell.appendChild(buttons);
      });
    }
    this.addButton = el('button', {
      type: 'button', className: 'gpt-button gpt-button--primary gpt-action-plan__add', 'data-gpt-action': 'add',
      text: t('transfer.actionplan.js.add')
    });
    this.addButton.addEventListener('click', function () {
      self.openAdd(null, null);
    });
    this.toolbar = el('div', { className: 'gpt-action-plan__toolbar' }, [this.addButton]);
    this.root.appendChild(this.toolbar);
  };

  PlanEditor.prototype.rowButton = function (entry, action, key, atEnd) {
    var self = this;
    var label = this.t(key);
    var button = el('button', {
      type: 'button',
      className: 'gpt-button gpt-button--small gpt-button--' + action,
      'data-gpt-action': action,
      'data-gpt-end': atEnd ? 'true' : null,
      'aria-label': label + ': ' + entry.data.title,
      text: label
    });
    button.disabled = atEnd;
    var stepId = entry.id;
    button.addEventListener('click', function () {
      if (self.busy || self.form) {
        return;
      }
      if (action === 'edit') {
        self.openEdit(stepId, null, null);
      } else if (action === 'mark-done') {
        self.markDone(stepId);
      } else if (action === 'move-up') {
        self.move(stepId, -1);
      } else if (action === 'move-down') {
        self.move(stepId, 1);
      } else if (action === 'delete') {
        self.remove(stepId);
      }
    });
    return button;
  };

  /** While a form is open the other controls are off, so only one change is ever in the making. */
  PlanEditor.prototype.lockControls = function (locked) {
    Array.prototype.forEach.call(this.root.querySelectorAll('button[data-gpt-action]'), function (button) {
      button.disabled = locked || button.getAttribute('data-gpt-end') === 'true';
    });
  };

  /** A request is under way: controls say so but keep focus (aria-disabled), and clicks are ignored. */
  PlanEditor.prototype.setBusy = function (busy) {
    this.busy = busy;
    if (busy) {
      this.root.setAttribute('aria-busy', 'true');
    } else {
      this.root.removeAttribute('aria-busy');
    }
    Array.prototype.forEach.call(this.root.querySelectorAll('button[data-gpt-action]'), function (button) {
      if (busy) {
        button.setAttribute('aria-disabled', 'true');
      } else {
        button.removeAttribute('aria-disabled');
      }
    });
    if (this.form) {
      this.form.setBusy(busy);
    }
  };

  /** Focuses the first usable of the given buttons of a step; the Add button when none is left. */
  PlanEditor.prototype.focusControl = function (stepId, actions) {
    var row = stepId === null || stepId === undefined ? null
      : this.root.querySelector('tr.gpt-step[data-step-id=' + cssString(stepId) + ']');
    for (var i = 0; row && i < actions.length; i++) {
      var button = row.querySelector('button[data-gpt-action=' + cssString(actions[i]) + ']');
      if (button && !button.disabled) {
        focusElement(button);
        return;
      }
    }
    focusElement(this.addButton);
  };

  PlanEditor.prototype.buildStepForm = function (mode, base, values, notice) {
    var self = this;
    var t = this.t;
    var prefix = uniqueId('step');
    var headingText = mode === 'add' ? t('transfer.actionplan.js.new-step')
      : t('transfer.actionplan.js.edit') + ': ' + base.title;
    var heading = el('h4', { className: 'gpt-form__heading', id: prefix + '-heading', text: headingText });
    var summary = el('div', { className: 'gpt-form__summary', id: prefix + '-summary', hidden: true });

    var fields = {
      title: makeField(prefix, 'title', t('transfer.actionplan.field.title'),
        textInput(values.title, { maxlength: 255 }), { required: true }),
      description: makeField(prefix, 'description', t('transfer.actionplan.field.description'),
        textArea(values.description, 3)),
      owner: makeField(prefix, 'owner', t('transfer.actionplan.field.owner'),
        textInput(values.owner, {
          placeholder: t('transfer.actionplan.js.owner-hint'), spellcheck: 'false', autocapitalize: 'none'
        })),
      dueDate: makeField(prefix, 'dueDate', t('transfer.actionplan.field.due-date'),
        textInput(values.dueDate, { type: 'date' })),
      status: makeField(prefix, 'status', t('transfer.actionplan.field.status'),
        selectOf(STATUSES.map(function (name) {
          return [name, t('transfer.actionplan.status.' + slug(name))];
        }), values.status)),
      priority: makeField(prefix, 'priority', t('transfer.actionplan.field.priority'),
        selectOf(PRIORITIES.map(function (name) {
          return [name, t('transfer.actionplan.priority.' + slug(name))];
        }), values.priority)),
      practicePageId: makeField(prefix, 'practicePageId', t('transfer.actionplan.field.practice-page'),
        textInput(values.practicePageId, { inputmode: 'numeric', spellcheck: 'false' }),
        { hint: t('transfer.actionplan.js.practice-page-hint') }),
      stakeholders: makeField(prefix, 'stakeholders', t('transfer.actionplan.field.stakeholders'),
        textArea(values.stakeholders.join('\n'), 3), { hint: t('transfer.actionplan.js.stakeholders-hint') }),
      anchoring: makeField(prefix, 'anchoring', t('transfer.actionplan.field.anchoring'),
        selectOf([['', t('transfer.actionplan.js.none')]].concat(ANCHORING_LEVELS.map(function (name) {
          return [name, t('transfer.actionplan.anchoring.' + slug(name))];
        })), values.anchoring))
    };

    var save = el('button', { type: 'submit', className: 'gpt-button gpt-button--primary', text: t('transfer.actionplan.js.save') });
    var cancel = el('button', { type: 'button', className: 'gpt-button', text: t('transfer.actionplan.js.cancel') });
    var form = el('form', {
      className: 'gpt-form gpt-step-form', novalidate: true, 'aria-labelledby': prefix + '-heading'
    }, [heading, summary].concat(STEP_FIELDS.map(function (name) { return fields[name].wrapper; })).concat([
      el('div', { className: 'gpt-form__actions' }, [save, cancel])
    ]));

    var shell = formShell(form, fields, summary, save, t);
    shell.mode = mode;
    shell.base = base;
    shell.stepId = base ? Number(base.id) : null;
    shell.read = function () {
      return {
        title: fields.title.control.value,
        description: fields.description.control.value,
        owner: fields.owner.control.value.trim(),
        dueDate: fields.dueDate.control.value,
        status: fields.status.control.value,
        priority: fields.priority.control.value,
        practicePageId: fields.practicePageId.control.value.trim(),
        stakeholders: fields.stakeholders.control.value.split(/\r?\n/).map(function (line) {
          return line.trim();
        }).filter(Boolean),
        anchoring: fields.anchoring.control.value
      };
    };
    if (notice) {
      shell.showMessage(notice);
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      self.submitStep(shell);
    });
    cancel.addEventListener('click', function () {
      if (!self.busy) {
        self.closeForm(true);
      }
    });
    return shell;
  };

  PlanEditor.prototype.openAdd = function (values, notice) {
    if (this.form || this.busy) {
      return;
    }
    var shell = this.buildStepForm('add', null, values || NEW_STEP, notice);
    shell.container = el('div', { className: 'gpt-action-plan__editor' }, [shell.element]);
    this.root.insertBefore(shell.container, this.toolbar);
    this.showForm(shell);
  };

  PlanEditor.prototype.openEdit = function (stepId, values, notice) {
    var entry = this.step(stepId);
    if (this.form || this.busy || !entry || !entry.data) {
      return;
    }
    var shell = this.buildStepForm('edit', entry.data, values || entry.data, notice);
    var columns = entry.row.cells.length;
    shell.container = el('tr', { className: 'gpt-step-editor' }, [
      el('td', { className: 'confluenceTd gpt-step-editor__cell', colspan: columns }, [shell.element])
    ]);
    entry.row.insertAdjacentElement('afterend', shell.container);
    entry.row.classList.add('gpt-step--editing');
    this.showForm(shell);
  };

  PlanEditor.prototype.showForm = function (shell) {
    this.form = shell;
    focusElement(shell.fields.title.control);
    this.lockControls(true);
  };

  PlanEditor.prototype.closeForm = function (restoreFocus) {
    var shell = this.form;
    if (!shell) {
      return;
    }
    this.form = null;
    shell.container.remove();
    if (shell.stepId !== null) {
      var entry = this.step(shell.stepId);
      if (entry) {
        entry.row.classList.remove('gpt-step--editing');
      }
    }
    this.lockControls(false);
    if (restoreFocus) {
      if (shell.mode === 'edit') {
        this.focusControl(shell.stepId, ['edit']);
      } else {
        focusElement(this.addButton);
      }
    }
  };

  PlanEditor.prototype.submitStep = function (shell) {
    var self = this;
    var t = this.t;
    if (this.busy) {
      return;
    }
    var values = shell.read();
    var body = stepBody(values);
    var method = 'POST';
    var url = this.url('/steps');
    if (shell.mode === 'edit') {
      method = 'PUT';
      url = this.url('/steps/' + encodeURIComponent(shell.stepId));
      body.version = shell.base.version;
    }
    this.setBusy(true);
    announce(this.status, t('transfer.actionplan.js.saving'), 'busy');
    send(method, url, body).then(function (result) {
      var outcome = outcomeOf(result, t);
      if (outcome.kind === 'ok') {
        var stepId = shell.mode === 'edit' ? shell.stepId : outcome.data && outcome.data.id;
        self.refresh(function (editor) {
          editor.highlight(stepId);
          editor.focusControl(stepId, ['edit']);
        }, t('transfer.actionplan.js.saved'), 'ok');
      } else if (outcome.kind === 'conflict') {
        self.refreshAfterConflict(shell, values);
      } else {
        self.setBusy(false);
        self.showFailure(shell, outcome);
      }
    });
  };

  /** Keeps the form and the user's input, and says what is wrong. */
  PlanEditor.prototype.showFailure = function (shell, outcome) {
    var t = this.t;
    if (outcome.kind === 'invalid') {
      var first = shell.showErrors(outcome.errors);
      announce(this.status, t('transfer.actionplan.js.invalid'), 'error');
      focusElement(first || shell.fields.title.control);
    } else {
      shell.showMessage(outcome.message);
      announce(this.status, outcome.message, 'error');
    }
  };

  /**
   * Replaces the plan with the server's current rendering and enhances it; then(editor) restores focus.
   * Should the refresh itself fail after a saved change, the page reloads, so it never shows a stale plan.
   */
  PlanEditor.prototype.refresh = function (then, message, kind) {
    var self = this;
    return loadView(this.restBase, this.planId).then(function (fresh) {
      var editor = self.replaceWith(fresh);
      announce(self.status, message, kind);
      then(editor);
      return editor;
    }, function () {
      window.location.reload();
      return null;
    });
  };

  PlanEditor.prototype.replaceWith = function (fresh) {
    this.root.replaceWith(fresh);
    return enhancePlan(fresh, this.status);
  };

  /** Their version wins: show it, then offer the user's own changes again on top of it. */
  PlanEditor.prototype.refreshAfterConflict = function (shell, mine) {
    var self = this;
    var t = this.t;
    var conflict = t('transfer.actionplan.js.conflict');
    loadView(this.restBase, this.planId).then(function (fresh) {
      var editor = self.replaceWith(fresh);
      var entry = shell.mode === 'edit' ? editor.step(shell.stepId) : null;
      if (entry && entry.data) {
        editor.openEdit(shell.stepId, merge(shell.base, mine, entry.data), conflict);
      } else {
        editor.openAdd(mine, conflict);
      }
      announce(self.status, conflict, 'error');
    }, function () {
      self.setBusy(false);
      var failed = { kind: 'failed', message: t('transfer.actionplan.js.failed') };
      self.showFailure(shell, failed);
    });
  };

  /** A change without a form (mark as done, move, delete): runs it and refreshes. */
  PlanEditor.prototype.runAction = function (method, path, body, focus, onInvalid) {
    var self = this;
    var t = this.t;
    this.setBusy(true);
    announce(this.status, t('transfer.actionplan.js.saving'), 'busy');
    send(method, this.url(path), body).then(function (result) {
      var outcome = outcomeOf(result, t);
      if (outcome.kind === 'ok') {
        self.refresh(focus, t('transfer.actionplan.js.saved'), 'ok');
      } else if (outcome.kind === 'conflict') {
        self.refresh(focus, t('transfer.actionplan.js.conflict'), 'error');
      } else if (outcome.kind === 'invalid' && onInvalid) {
        self.setBusy(false);
        onInvalid(outcome);
      } else {
        self.setBusy(false);
        var message = outcome.kind === 'invalid'
          ? [t('transfer.actionplan.js.invalid')].concat(Object.keys(outcome.errors).map(function (name) {
            return asText(outcome.errors[name]);
          })).join(' ')
          : outcome.message;
        announce(self.status, message, 'error');
      }
    });
  };

  PlanEditor.prototype.markDone = function (stepId) {
    var self = this;
    var entry = this.step(stepId);
    if (!entry || !entry.data) {
      return;
    }
    var values = Object.assign({}, entry.data, { status: 'DONE' });
    var body = stepBody(values);
    body.version = entry.data.version;
    this.runAction('PUT', '/steps/' + encodeURIComponent(stepId), body, function (editor) {
      editor.highlight(stepId);
      editor.focusControl(stepId, ['edit']);
    }, function (outcome) {
      // the stored step no longer passes the rules (say, its owner left): let the user fix it in the form
      self.openEdit(stepId, values, null);
      if (self.form) {
        self.showFailure(self.form, outcome);
      }
    });
  };

  PlanEditor.prototype.move = function (stepId, delta) {
    var ids = this.steps().map(function (entry) { return entry.id; });
    var from = ids.indexOf(Number(stepId));
    var to = from + delta;
    if (from < 0 || to < 0 || to >= ids.length) {
      return;
    }
    ids[from] = ids[to];
    ids[to] = Number(stepId);
    var here = delta < 0 ? 'move-up' : 'move-down';
    var there = delta < 0 ? 'move-down' : 'move-up';
    this.runAction('PUT', '/steps/order', { stepIds: ids }, function (editor) {
      editor.highlight(stepId);
      editor.focusControl(stepId, [here, there, 'edit']);
    }, null);
  };

  PlanEditor.prototype.remove = function (stepId) {
    var entry = this.step(stepId);
    if (!entry || !entry.data || !window.confirm(this.t('transfer.actionplan.js.confirm-delete'))) {
      return;
    }
    var steps = this.steps();
    var index = steps.indexOf(steps.filter(function (s) { return s.id === entry.id; })[0]);
    var neighbour = steps[index + 1] || steps[index - 1] || null;
    var path = '/steps/' + encodeURIComponent(stepId) + '?version=' + encodeURIComponent(asText(entry.data.version));
    this.runAction('DELETE', path, undefined, function (editor) {
      editor.focusControl(neighbour ? neighbour.id : null, ['edit']);
    }, null);
  };

  PlanEditor.prototype.highlight = function (stepId) {
    var row = stepId === null || stepId === undefined ? null
      : this.root.querySelector('tr.gpt-step[data-step-id=' + cssString(stepId) + ']');
    if (row) {
      row.classList.add('gpt-step--changed');
    }
  };

  /* ---------- an institution without a plan ---------- */

  function MissingPlan(notice, status) {
    this.notice = notice;
    this.status = status;
    this.t = textsOf(notice);
    this.restBase = restBaseOf(notice);
    this.busy = false;
    this.build();
  }

  MissingPlan.prototype.build = function () {
    var self = this;
    var t = this.t;
    var prefix = uniqueId('plan');
    var summary = el('div', { className: 'gpt-form__summary', id: prefix + '-summary', hidden: true });
    var fields = {
      country: makeField(prefix, 'country', t('transfer.actionplan.field.country'),
        textInput('', {
          maxlength: 2, size: 3, autocomplete: 'country', autocapitalize: 'characters', spellcheck: 'false'
        }), { required: true, hint: t('transfer.actionplan.js.country-hint') }),
      responsible: makeField(prefix, 'responsible', t('transfer.actionplan.field.responsible'),
        textInput('', { spellcheck: 'false', autocapitalize: 'none' }),
        { required: true, hint: t('transfer.actionplan.js.owner-hint') })
    };
    var save = el('button', {
      type: 'submit', className: 'gpt-button gpt-button--primary', text: t('transfer.actionplan.js.create-plan')
    });
    var form = el('form', {
      className: 'gpt-form gpt-plan-form', novalidate: true, 'aria-label': t('transfer.actionplan.js.create-plan')
    }, [summary, fields.country.wrapper, fields.responsible.wrapper, el('div', { className: 'gpt-form__actions' }, [save])]);
    this.shell = formShell(form, fields, summary, save, t);
    // a sibling, not a child: the notice is a live region, and a form inside it would be read out on every change
    this.container = el('div', { className: 'gpt-action-plan-missing__editor' }, [form]);
    this.notice.insertAdjacentElement('afterend', this.container);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      self.submit();
    });
  };

  MissingPlan.prototype.setBusy = function (busy) {
    this.busy = busy;
    this.shell.setBusy(busy);
  };

  MissingPlan.prototype.submit = function () {
    var self = this;
    var t = this.t;
    if (this.busy) {
      return;
    }
    var fields = this.shell.fields;
    var body = {
      spaceKey: asText(this.notice.getAttribute('data-space-key')),
      institution: asText(this.notice.getAttribute('data-institution')),
      country: fields.country.control.value.trim(),
      responsible: fields.responsible.control.value.trim()
    };
    this.setBusy(true);
    announce(this.status, t('transfer.actionplan.js.saving'), 'busy');
    send('POST', this.restBase + '/plans', body).then(function (result) {
      var outcome = outcomeOf(result, t);
      if (outcome.kind === 'ok' && outcome.data && outcome.data.id !== undefined) {
        self.showPlan(outcome.data.id, t('transfer.actionplan.js.saved'), 'ok');
      } else if (outcome.kind === 'conflict' && outcome.current && outcome.current.id !== undefined) {
        self.showPlan(outcome.current.id, t('transfer.actionplan.js.conflict'), 'error');
      } else {
        self.setBusy(false);
        if (outcome.kind === 'invalid') {
          var first = self.shell.showErrors(outcome.errors);
          announce(self.status, t('transfer.actionplan.js.invalid'), 'error');
          focusElement(first || fields.country.control);
        } else {
          var message = outcome.kind === 'conflict' || outcome.kind === 'ok'
            ? t('transfer.actionplan.js.failed') : outcome.message;
          self.shell.showMessage(message);
          announce(self.status, message, 'error');
        }
      }
    });
  };

  /** Puts the plan, as the server renders it, where the notice was. */
  MissingPlan.prototype.showPlan = function (planId, message, kind) {
    var self = this;
    loadView(this.restBase, planId).then(function (fresh) {
      self.notice.replaceWith(fresh);
      self.container.remove();
      var editor = enhancePlan(fresh, self.status);
      announce(self.status, message, kind);
      if (editor) {
        focusElement(editor.addButton);
      }
    }, function () {
      window.location.reload();
    });
  };

  /* ---------- start ---------- */

  function claim(element) {
    if (enhanced) {
      if (enhanced.has(element)) {
        return false;
      }
      enhanced.add(element);
      return true;
    }
    if (element.gptEnhanced) {
      return false;
    }
    element.gptEnhanced = true;
    return true;
  }

  function editable(element) {
    return element.getAttribute('data-editable') === 'true';
  }

  function enhancePlan(root, status) {
    if (!editable(root) || !claim(root)) {
      return null;
    }
    return new PlanEditor(root, status || createStatus(root));
  }

  function enhanceMissing(notice) {
    if (!editable(notice) || !claim(notice)) {
      return null;
    }
    return new MissingPlan(notice, createStatus(notice));
  }

  function start() {
    if (typeof fetch !== 'function' || !('content' in document.createElement('template'))) {
      return; // an old browser keeps the server's read-only plan
    }
    Array.prototype.forEach.call(document.querySelectorAll('div.gpt-action-plan'), function (root) {
      enhancePlan(root, null);
    });
    Array.prototype.forEach.call(document.querySelectorAll('div.gpt-action-plan-missing'), function (notice) {
      var editor = enhanceMissing(notice);
      // the status region goes after the form, which sits right after the notice
      if (editor) {
        editor.container.insertAdjacentElement('afterend', editor.status);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
