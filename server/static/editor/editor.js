/* The caucasus-kg query editor: YASGUI on our endpoint, example queries,
   infer=false, and a bar-chart result view (a YASR plugin of our own).
   No inline script, nothing from other origins: CSP-ready. */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("editor-config").textContent);
  var XSD = "http://www.w3.org/2001/XMLSchema#";
  var NUMERIC = ["integer", "decimal", "double", "float", "int", "long", "short", "nonNegativeInteger",
    "positiveInteger", "unsignedInt", "unsignedLong"].map(function (t) { return XSD + t; });

  // SPARQL's PN_LOCAL without escapes: a shown name must parse when pasted into a query
  // (server/names.py holds the same rule for the pages).
  var LOCAL = /^(?:[A-Za-z0-9_:\u00B7\u00C0-\uFFFF](?:[\w.:\-\u00B7\u00C0-\uFFFF]*[\w:\-\u00B7\u00C0-\uFFFF])?)?$/;

  // The prefix with the longest namespace under which `iri`'s local part parses, or "".
  function bestPrefix(iri, prefixes) {
    var best = "", length = -1;
    for (var name in prefixes) {
      var ns = prefixes[name];
      if (iri.indexOf(ns) === 0 && ns.length > length && LOCAL.test(iri.slice(ns.length))) {
        best = name;
        length = ns.length;
      }
    }
    return best;
  }

  function shorten(iri) {
    var name = bestPrefix(iri, config.prefixes);
    return name ? name + ":" + iri.slice(config.prefixes[name].length) : "<" + iri + ">";
  }

  // YASR's table shortens with the first prefix that matches, valid or not (`id:meeting/…`
  // from a query's PREFIX id:): it is given only the one prefix that yields a valid name.
  var Table = Yasgui.Yasr.plugins.table;
  if (Table && Table.prototype.getUriLinkFromBinding) {
    var link = Table.prototype.getUriLinkFromBinding;
    Table.prototype.getUriLinkFromBinding = function (binding, prefixes) {
      var name = bestPrefix(binding.value, prefixes || {});
      var only = {};
      if (name) only[name] = prefixes[name];
      return link.call(this, binding, only);
    };
  }

  function ChartPlugin(yasr) {
    this.yasr = yasr;
    this.priority = 5;
    this.label = "Chart";
  }
  ChartPlugin.prototype.columns = function () {
    var results = this.yasr.results;
    if (!results || !results.getBindings || !results.getBindings()) return null;
    var vars = results.getVariables() || [];
    var rows = results.getBindings();
    if (!rows.length || rows.length > 200) return null;
    var isNumeric = function (v) {
      return rows.every(function (r) {
        return r[v] && r[v].type === "literal" && NUMERIC.indexOf(r[v].datatype) >= 0;
      });
    };
    var value = vars.filter(isNumeric)[0];
    var label = vars.filter(function (v) { return v !== value; })[0];
    return value && label ? { value: value, label: label, rows: rows } : null;
  };
  ChartPlugin.prototype.canHandleResults = function () { return this.columns() !== null; };
  ChartPlugin.prototype.getIcon = function () {
    var icon = document.createElement("span");
    icon.className = "ckg-chart-icon";
    icon.textContent = "▮";
    return icon;
  };
  ChartPlugin.prototype.draw = function () {
    var c = this.columns();
    if (!c) return;
    var svgNS = "http://www.w3.org/2000/svg";
    var max = Math.max.apply(null, c.rows.map(function (r) { return Number(r[c.value].value); }).concat([0]));
    var barHeight = 22, labelWidth = 260, width = 760;
    var svg = document.createElementNS(svgNS, "svg");
    svg.setAttribute("class", "ckg-chart");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", c.value + " by " + c.label);
    svg.setAttribute("viewBox", "0 0 " + width + " " + (c.rows.length * barHeight + 4));
    c.rows.forEach(function (r, i) {
      var n = Number(r[c.value].value);
      var term = r[c.label];
      var text = !term ? "" : term.type === "uri" ? shorten(term.value) : term.value;
      var y = i * barHeight + 2;
      var t = document.createElementNS(svgNS, "text");
      t.setAttribute("x", labelWidth - 6);
      t.setAttribute("y", y + barHeight * 0.7);
      t.setAttribute("text-anchor", "end");
      t.textContent = text.length > 40 ? text.slice(0, 39) + "…" : text;
      var bar = document.createElementNS(svgNS, "rect");
      bar.setAttribute("x", labelWidth);
      bar.setAttribute("y", y + 3);
      bar.setAttribute("height", barHeight - 6);
      bar.setAttribute("width", max > 0 ? Math.max(1, (width - labelWidth - 60) * n / max) : 1);
      var v = document.createElementNS(svgNS, "text");
      v.setAttribute("x", labelWidth + (max > 0 ? (width - labelWidth - 60) * n / max : 0) + 4);
      v.setAttribute("y", y + barHeight * 0.7);
      v.textContent = String(n);
      svg.appendChild(t); svg.appendChild(bar); svg.appendChild(v);
    });
    this.yasr.resultsEl.appendChild(svg);
  };

  Yasgui.Yasr.registerPlugin("chart", ChartPlugin);
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];  // prefix.cc and LOV would call other origins

  var first = config.examples.length ? config.examples[0].query : "SELECT * WHERE { ?s ?p ?o } LIMIT 10";
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; }, keys: [] },
    persistenceId: "ckg-editor",
    yasqe: { value: first, autocompleters: ["variables"] },
    yasr: { pluginOrder: ["table", "chart", "response"], defaultPlugin: "table", prefixes: config.prefixes },
  });
  window.ckgYasgui = yasgui;

  function applyInfer(tab) {
    var asserted = document.getElementById("asserted-only").checked;
    tab.setRequestConfig({ endpoint: config.endpoint, args: asserted ? [{ name: "infer", value: "false" }] : [] });
  }
  document.getElementById("asserted-only").addEventListener("change", function () {
    applyInfer(yasgui.getTab());
  });
  Array.prototype.forEach.call(document.querySelectorAll("button.example"), function (button) {
    button.addEventListener("click", function () {
      var tab = yasgui.getTab();
      tab.setQuery(button.getAttribute("data-query"));
      tab.setName(button.textContent);
      applyInfer(tab);
      tab.query();
    });
  });
})();
