// The sandbox page: draws what /sandbox/api/state says one person sees, and turns what they do into API calls.
// Every piece of HTML it inserts was rendered (and encoded) by the server; text it makes itself uses textContent.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const texts = document.body.dataset;
  const page = {
    person: localStorage.getItem('sb-person') || '',
    pane: localStorage.getItem('sb-pane') || texts.general,
    data: null,
    seen: JSON.parse(localStorage.getItem('sb-seen') || '{}'),
    drawn: {},
    modalKey: null,
    busy: 0,
    issued: 0,
    drawnRequest: 0,
  };

  // A state answers the request that asked for it: one issued earlier but answered later (a poll overtaken by a
  // click) is not drawn over a newer one.
  async function call(path, body) {
    const request = ++page.issued;
    page.busy++;
    $('sb-main').setAttribute('aria-busy', 'true');
    try {
      const options = body === undefined
        ? {}
        : {
          method: 'POST',
          // The server refuses a POST without this header: another site's page cannot send it.
          headers: { 'Content-Type': 'application/json', 'X-Sandbox-Request': '1' },
          body: JSON.stringify(body),
        };
      const url = '/sandbox/api/' + path + (body === undefined ? '?person=' + encodeURIComponent(page.person) : '');
      const response = await fetch(url, options);
      if (response.ok || response.status === 409) {
        const json = await response.json();
        if (!json || !json.person) return json;
        if (request > page.drawnRequest) {
          page.drawnRequest = request;
          say('');
          draw(json);
        }
        return null;
      }
      // 503: the sandbox is being reset; the next poll brings the new one.
      if (response.status !== 503) say(texts.failed);
    } catch (error) {
      say(texts.failed);
    } finally {
      if (--page.busy === 0) $('sb-main').removeAttribute('aria-busy');
    }
    return null;
  }

  function say(message) {
    $('sb-status').textContent = message;
  }

  function draw(data) {
    page.data = data;
    if (page.person !== data.person) {
      page.person = data.person;
      page.drawn = {};
    }
    localStorage.setItem('sb-person', page.person);
    // Whose view is drawn (the select shows a choice at once, the view follows its answer).
    $('sb-main').dataset.person = data.person;
    drawPeople(data);
    $('sb-clock').textContent = data.clock;
    if (!data.panes.some((p) => p.id === page.pane)) page.pane = data.panes[0].id;
    drawSidebar(data);
    drawPane(data);
    drawCommands(data);
    drawModal(data);
    drawJournal(data);
  }

  function drawPeople(data) {
    const select = $('sb-person');
    const key = JSON.stringify(data.people);
    if (select.dataset.key !== key) {
      select.replaceChildren(...data.people.map((p) => {
        const option = document.createElement('option');
        option.value = p.id;
        option.textContent = p.animator ? p.name + ' — personne animatrice' : p.name;
        return option;
      }));
      select.dataset.key = key;
    }
    select.value = data.person;
  }

  function drawSidebar(data) {
    const lists = { channel: $('sb-channels'), dm: $('sb-dms'), home: $('sb-homes') };
    Object.values(lists).forEach((list) => list.replaceChildren());
    for (const pane of data.panes) {
      const seenKey = data.person + ':' + pane.id;
      if (pane.id === page.pane) page.seen[seenKey] = pane.count;
      const unread = Math.max(0, pane.count - (page.seen[seenKey] || 0));
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sb-pane-link';
      button.dataset.pane = pane.id;
      button.textContent = (pane.kind === 'channel' ? '# ' : '') + pane.name;
      if (pane.id === page.pane) button.setAttribute('aria-current', 'page');
      if (unread > 0) {
        const badge = document.createElement('span');
        badge.className = 'sb-badge';
        badge.textContent = String(unread);
        badge.setAttribute('aria-label', unread + ' nouveau(x)');
        button.append(' ', badge);
      }
      const item = document.createElement('li');
      item.append(button);
      lists[pane.kind].append(item);
    }
    localStorage.setItem('sb-seen', JSON.stringify(page.seen));
  }

  function drawPane(data) {
    const pane = data.panes.find((p) => p.id === page.pane);
    $('sb-pane-title').textContent = (pane.kind === 'channel' ? '# ' : '') + pane.name;
    $('sb-composer').hidden = pane.kind === 'home';
    if (page.drawn.pane === pane.id && page.drawn.html === pane.html) return;
    const host = $('sb-pane');
    host.innerHTML = pane.html;
    host.scrollTop = host.scrollHeight;
    page.drawn = { pane: pane.id, html: pane.html };
  }

  function drawCommands(data) {
    const list = $('sb-commands');
    const typed = $('sb-composer-input').value.trim().toLowerCase();
    const all = data.commands.map((c) => ({ text: data.command + ' ' + c.name, help: c.help }));
    if (list.dataset.key !== JSON.stringify(all)) {
      list.replaceChildren(...all.map((c) => {
        const option = document.createElement('option');
        option.value = c.text;
        option.label = c.help;
        return option;
      }));
      list.dataset.key = JSON.stringify(all);
    }
    const shown = all.filter((c) => typed === '' || c.text.startsWith(typed) || typed.startsWith(c.text) || typed === data.command.slice(0, typed.length));
    $('sb-suggestions').replaceChildren(...shown.map((c) => {
      const chip = document.createElement('button');
      chip.type = 'button';
      chip.className = 'sb-chip';
      chip.dataset.command = c.text;
      chip.title = c.help;
      chip.textContent = c.text;
      return chip;
    }));
  }

  function drawModal(data) {
    const dialog = $('sb-modal');
    if (!data.modal) {
      page.modalKey = null;
      if (dialog.open) dialog.close();
      dialog.replaceChildren();
      return;
    }
    const key = data.modal.id + ':' + data.modal.revision;
    if (page.modalKey === key) return;
    // The same view redrawn (views.update, field errors): what the person typed meanwhile stays, as in Slack.
    const old = dialog.querySelector('form');
    const typed = old && old.dataset.viewId === data.modal.id ? fieldsOf(old) : null;
    page.modalKey = key;
    dialog.innerHTML = data.modal.html;
    if (typed) restoreFields(dialog.querySelector('form'), typed);
    if (!dialog.open) dialog.showModal();
    const focus = dialog.querySelector('.sb-error') ? dialog.querySelector('.sb-has-error input, .sb-has-error select, .sb-has-error textarea')
      : dialog.querySelector('input, select, textarea, button');
    if (focus) focus.focus();
  }

  function drawJournal(data) {
    $('sb-journal').replaceChildren(...data.journal.map((entry) => {
      const item = document.createElement('li');
      const method = document.createElement('strong');
      method.textContent = entry.method;
      const args = document.createElement('code');
      args.textContent = entry.arguments;
      item.append(method, ' ', args);
      return item;
    }));
  }

  // What a surface's fields hold, in the shape the server turns into Slack's state.values.
  function fieldValue(field) {
    switch (field.dataset.field) {
      case 'checkboxes':
        return [...field.querySelectorAll('input:checked')].map((i) => i.value);
      case 'radio_buttons': {
        const checked = field.querySelector('input:checked');
        return checked ? checked.value : null;
      }
      case 'external_select': {
        const option = field.querySelector('[data-external-choice]').selectedOptions[0];
        return option && option.value ? { value: option.value, text: option.textContent } : null;
      }
      default:
        if (field.multiple) return [...field.selectedOptions].map((o) => o.value);
        return field.value === '' ? null : field.value;
    }
  }

  function restoreFields(surface, values) {
    surface.querySelectorAll('[data-field]').forEach((field) => {
      const kept = (values[field.dataset.blockId] || {})[field.dataset.actionId];
      if (kept === undefined) return;
      const many = Array.isArray(kept) ? kept : [kept];
      switch (field.dataset.field) {
        case 'checkboxes':
        case 'radio_buttons':
          field.querySelectorAll('input').forEach((input) => { input.checked = many.includes(input.value); });
          break;
        case 'external_select': {
          const select = field.querySelector('[data-external-choice]');
          if (kept && ![...select.options].some((o) => o.value === kept.value)) {
            const option = document.createElement('option');
            option.value = kept.value;
            option.textContent = kept.text;
            select.append(option);
          }
          select.value = kept ? kept.value : '';
          break;
        }
        default:
          if (field.multiple) [...field.options].forEach((o) => { o.selected = many.includes(o.value); });
          else field.value = kept === null ? '' : kept;
      }
    });
  }

  function fieldsOf(surface) {
    const fields = {};
    surface.querySelectorAll('[data-field]').forEach((field) => {
      const block = field.dataset.blockId;
      (fields[block] = fields[block] || {})[field.dataset.actionId] = fieldValue(field);
    });
    return fields;
  }

  function surfaceOf(element) {
    const surface = element.closest('[data-surface]');
    return {
      element: surface,
      ref: {
        kind: surface.dataset.surface,
        messageKey: surface.dataset.messageKey ? Number(surface.dataset.messageKey) : null,
        viewId: surface.dataset.viewId || null,
      },
    };
  }

  function act(element, choice) {
    const surface = surfaceOf(element);
    return call('act', {
      person: page.person, surface: surface.ref, blockId: element.dataset.blockId, actionId: element.dataset.actionId,
      choice: choice, fields: fieldsOf(surface.element),
    });
  }

  function escapeHtml(text) {
    const holder = document.createElement('span');
    holder.textContent = text;
    return holder.innerHTML;
  }

  // The parts of a confirmation dialog arrive as HTML the server rendered and encoded.
  function confirmFirst(json) {
    if (!json) return Promise.resolve(true);
    const dialog = $('sb-confirm');
    const parts = JSON.parse(json);
    $('sb-confirm-title').innerHTML = parts.title;
    $('sb-confirm-text').innerHTML = parts.text;
    $('sb-confirm-ok').innerHTML = parts.confirm;
    $('sb-confirm-ok').className = 'sb-btn ' + (parts.danger ? 'sb-btn-danger' : 'sb-btn-primary');
    $('sb-confirm-deny').innerHTML = parts.deny;
    return new Promise((resolve) => {
      const done = (answer) => () => {
        dialog.close();
        resolve(answer);
      };
      $('sb-confirm-ok').onclick = done(true);
      $('sb-confirm-deny').onclick = done(false);
      dialog.oncancel = (event) => {
        event.preventDefault();
        done(false)();
      };
      dialog.showModal();
      $('sb-confirm-deny').focus();
    });
  }

  function showPane(id) {
    page.pane = id;
    localStorage.setItem('sb-pane', id);
    page.drawn = {};
    if (id === 'home') call('home', { person: page.person });
    else if (page.data) draw(page.data);
  }

  document.addEventListener('click', async (event) => {
    if (event.target.closest('.sb-skip')) {
      event.preventDefault();
      $('sb-composer-input').focus();
      return;
    }
    const target = event.target.closest('button');
    if (!target) return;
    if (target.dataset.pane) return showPane(target.dataset.pane);
    if (target.dataset.command) {
      const input = $('sb-composer-input');
      input.value = target.dataset.command + ' ';
      input.focus();
      return;
    }
    if (target.dataset.hours) return call('clock', { person: page.person, hours: Number(target.dataset.hours) });
    if (target.id === 'sb-join') {
      await call('join', {});
      const dm = page.data && page.data.panes.find((p) => p.kind === 'dm');
      if (dm) showPane(dm.id);
      return;
    }
    if (target.id === 'sb-reset') {
      const label = escapeHtml(target.textContent);
      const ok = await confirmFirst(JSON.stringify({ title: label, text: escapeHtml(texts.resetConfirm), confirm: label, deny: 'Annuler', danger: true }));
      if (ok) {
        page.seen = {};
        await call('reset', { person: page.person });
      }
      return;
    }
    if (target.hasAttribute('data-close')) {
      const surface = surfaceOf(target);
      return call('close', { person: page.person, viewId: surface.ref.viewId, fields: fieldsOf(surface.element) });
    }
    if (target.hasAttribute('data-suggest')) return suggest(target.closest('[data-field]'));
    if (target.hasAttribute('data-button') && target.hasAttribute('data-act')) {
      if (await confirmFirst(target.dataset.confirm)) await act(target, null);
    }
  });

  async function suggest(field) {
    const surface = surfaceOf(field);
    const json = await call('suggest', {
      person: page.person, surface: surface.ref, blockId: field.dataset.blockId, actionId: field.dataset.actionId,
      query: field.querySelector('[data-suggest-query]').value,
    });
    if (!json) return;
    const select = field.querySelector('[data-external-choice]');
    const first = select.options[0].cloneNode(true);
    select.replaceChildren(first, ...json.options.map((o) => {
      const option = document.createElement('option');
      option.value = o.value;
      option.textContent = o.text;
      return option;
    }));
    select.focus();
  }

  document.addEventListener('change', (event) => {
    const target = event.target;
    if (target.id === 'sb-person') {
      page.person = target.value;
      page.drawn = {};
      return call('state');
    }
    if (target.matches('[data-overflow]')) {
      if (target.value) act(target, target.value);
      return;
    }
    if (target.matches('[data-external-choice]')) {
      const field = target.closest('[data-field]');
      if (field.hasAttribute('data-act')) act(field, fieldValue(field));
      return;
    }
    const field = target.closest('[data-field]');
    if (field && field.hasAttribute('data-act')) act(field, fieldValue(field));
  });

  document.addEventListener('input', (event) => {
    if (event.target.id === 'sb-composer-input' && page.data) drawCommands(page.data);
  });

  document.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    if (form.id === 'sb-composer') {
      const input = $('sb-composer-input');
      const text = input.value;
      input.value = '';
      const pane = page.data.panes.find((p) => p.id === page.pane);
      return call('type', { person: page.person, channel: pane.id, text: text });
    }
    if (form.dataset.surface === 'modal') {
      return call('submit', { person: page.person, viewId: form.dataset.viewId, fields: fieldsOf(form) });
    }
  });

  // A modal keeps the keyboard: Tab past its last control comes back to its first, Maj+Tab the other way round,
  // instead of leaving the page for the browser's own controls.
  function keepFocusIn(dialog) {
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      const controls = [...dialog.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
        .filter((control) => !control.disabled && control.type !== 'hidden' && control.getClientRects().length > 0);
      if (controls.length === 0) return;
      const first = controls[0];
      const last = controls[controls.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    });
  }
  keepFocusIn($('sb-modal'));
  keepFocusIn($('sb-confirm'));

  $('sb-modal').addEventListener('cancel', (event) => {
    event.preventDefault();
    const form = $('sb-modal').querySelector('form');
    if (form) call('close', { person: page.person, viewId: form.dataset.viewId, fields: fieldsOf(form) });
  });

  call('state');
  setInterval(() => {
    if (page.busy === 0 && !document.hidden) call('state');
  }, 2000);
})();
