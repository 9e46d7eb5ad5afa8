// Client-side filters of the catalogue. The URL fragment (#categoria=nna&mes=9&region=...&linea=...&revision=revisar&q=...)
// sets the filters on load and follows every change, so a filtered view can be shared as a link.
(function () {
  "use strict";
  var NAMES = ["q", "region", "categoria", "mes", "linea", "revision"];
  var form = document.getElementById("filtros");
  var count = document.getElementById("conteo");
  var empty = document.getElementById("vacio");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  cards.forEach(function (card) { card.searchText = fold(card.textContent); });

  function has(list, value) {
    return (" " + list + " ").indexOf(" " + value + " ") >= 0;
  }
  function matches(card, f) {
    if (f.region && card.dataset.region !== f.region) return false;
    if (f.categoria && !has(card.dataset.categorias, f.categoria)) return false;
    if (f.mes && !has(card.dataset.meses, f.mes)) return false;
    if (f.linea && !has(card.dataset.lineas, f.linea)) return false;
    if (f.revision && card.dataset.revision !== f.revision) return false;
    return fold(f.q).split(/\s+/).every(function (word) { return card.searchText.indexOf(word) >= 0; });
  }
  function current() {
    var f = {};
    NAMES.forEach(function (name) { f[name] = form.elements[name].value.trim(); });
    return f;
  }
  function apply() {
    var f = current();
    var shown = 0;
    cards.forEach(function (card) {
      card.hidden = !matches(card, f);
      if (!card.hidden) shown += 1;
    });
    count.textContent = shown + " de " + cards.length + " fichas";
    empty.hidden = shown > 0;
  }
  function fromFragment() {
    var params = new URLSearchParams(location.hash.slice(1));
    NAMES.forEach(function (name) { form.elements[name].value = params.get(name) || ""; });
    apply();
  }
  function toFragment() {
    var params = new URLSearchParams();
    var f = current();
    NAMES.forEach(function (name) { if (f[name]) params.set(name, f[name]); });
    var fragment = params.toString();
    try {
      history.replaceState(null, "", fragment ? "#" + fragment : location.pathname + location.search);
    } catch (error) { /* some browsers refuse on file: pages; the filters still work */ }
  }

  form.addEventListener("input", function () { apply(); toFragment(); });
  form.addEventListener("change", function () { apply(); toFragment(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(); toFragment(); }, 0); });
  window.addEventListener("hashchange", fromFragment);
  fromFragment();
})();
