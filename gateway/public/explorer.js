// Starts GraphiQL with the contract operations as tabs and the demo token in the headers.
(function () {
  var config = JSON.parse(document.getElementById('explorer-config').textContent);
  var headers = config.token ? { Authorization: 'Bearer ' + config.token } : {};
  var fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  var tabs = config.examples.map(function (example) {
    return {
      query: example.query,
      variables: JSON.stringify(example.variables, null, 2),
      headers: JSON.stringify(headers, null, 2),
    };
  });
  var root = ReactDOM.createRoot(document.getElementById('explorer'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      defaultHeaders: JSON.stringify(headers, null, 2),
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: true,
    }),
  );
})();
