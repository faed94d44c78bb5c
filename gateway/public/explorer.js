// Starts GraphiQL with the example tabs the gateway serves (one per demo role and operation, each with
// the token of its role in its headers) and shows the Dutch term beside each name in the docs pane.
(function () {
  var config = JSON.parse(document.getElementById('explorer-config').textContent);
  var send = GraphiQL.createFetcher({ url: config.endpoint });

  // The names of the operations a document defines (comments and strings left out).
  function operationNames(query) {
    var text = query.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n]*/g, ' ');
    var names = [];
    var pattern = /(?:^|[\s}])(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g;
    for (var match = pattern.exec(text); match; match = pattern.exec(text)) names.push(match[1]);
    return names;
  }
  // GraphiQL 3 learns a tab's operation name 100 ms after its query changes (a debounced parse): Run
  // pressed sooner after switching tabs sent the previous tab's name, and the gateway answered
  // "Unknown operation named ...". A name the document does not define is replaced by its only
  // operation's, or dropped.
  function fetcher(params, options) {
    if (params.operationName && params.query && operationNames(params.query).indexOf(params.operationName) < 0) {
      var names = operationNames(params.query);
      params = Object.assign({}, params, { operationName: names.length === 1 ? names[0] : undefined });
    }
    return send(params, options);
  }
  // Several tabs run the same operation as different roles and GraphiQL titles a tab by its operation:
  // each tab is marked with the role whose token its headers hold (a changed token loses the mark).
  var roles = config.roles || [];
  function roleOf(headers) {
    for (var i = 0; i < roles.length; i++) if (headers && headers.indexOf(roles[i].token) >= 0) return roles[i].short;
    return null;
  }
  var tabRoles = config.tabs.map(function (tab) { return roleOf(tab.headers); });

  var first = config.tabs[0] || { query: '', variables: '', headers: config.defaultHeaders };
  var root = ReactDOM.createRoot(document.getElementById('explorer'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: config.tabs,
      // GraphiQL 3 fills the editors of the first tab from these props, not from defaultTabs[0]: the
      // query falls back to the tab, but variables fall back to "" and headers to defaultHeaders, so the
      // first tab ran without its variables until one switched tabs. Giving the first tab's contents
      // here makes every tab run on the first click.
      query: first.query,
      variables: first.variables,
      headers: first.headers,
      defaultHeaders: config.defaultHeaders,
      // No storage: tabs kept from an earlier visit would replace these (defaultTabs apply only to an
      // empty storage) and would carry no token or an expired one; and no token is written to disk.
      storage: null,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: true,
      onTabChange: function (state) {
        tabRoles = state.tabs.map(function (tab) { return roleOf(tab.headers); });
        setTimeout(annotate, 0);
      },
    }),
  );

  // The docs pane names types, fields and enum values in English; the gateway sends their Dutch terms
  // (read from the schema descriptions, gateway/src/dutch-terms.ts). They go into a data attribute that
  // CSS shows beside the name: no element of ours inside what React renders.
  var glossary = config.glossary || {};
  function setMark(element, attribute, value, title) {
    if (value && element.getAttribute(attribute) !== value) {
      element.setAttribute(attribute, value);
      element.setAttribute('title', title);
    } else if (!value && element.hasAttribute(attribute)) {
      element.removeAttribute(attribute);
      element.removeAttribute('title');
    }
  }
  function mark(element, key) {
    var term = key && glossary[key];
    setMark(element, 'data-dutch', term, 'Nederlands: ' + term);
  }
  function annotate() {
    document.querySelectorAll('.graphiql-tab').forEach(function (tab, i) {
      var button = tab.querySelector('.graphiql-tab-button');
      if (button) setMark(button, 'data-role', tabRoles[i], 'Token van: ' + tabRoles[i]);
    });
    var pane = document.querySelector('.graphiql-doc-explorer');
    if (!pane) return;
    var title = pane.querySelector('.graphiql-doc-explorer-title');
    var back = pane.querySelector('.graphiql-doc-explorer-back');
    var current = title ? title.textContent : '';
    // A field's own page is titled with the field's name; the back link names its type.
    var parent = back ? back.textContent : '';
    if (title) mark(title, glossary[current] ? current : parent + '.' + current);
    pane.querySelectorAll('.graphiql-doc-explorer-field-name').forEach(function (field) {
      mark(field, current + '.' + field.textContent);
    });
    pane.querySelectorAll('.graphiql-doc-explorer-enum-value').forEach(function (value) {
      mark(value, current + '.' + value.textContent);
    });
    pane.querySelectorAll('.graphiql-doc-explorer-type-name').forEach(function (type) {
      mark(type, type.textContent.replace(/[\[\]!]/g, ''));
    });
  }
  // Attribute changes are not observed, so marking does not wake the observer again.
  new MutationObserver(annotate).observe(document.body, { childList: true, subtree: true, characterData: true });
})();
