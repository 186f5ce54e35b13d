// Draws the dashboard's charts from the figures the page carries (data-dashboard); a click on a
// bar opens the list of the models behind it.
document.addEventListener("DOMContentLoaded", function () {
  var host = document.getElementById("dashboard");
  if (!host || !window.echarts) {
    return;
  }
  var data = JSON.parse(host.getAttribute("data-dashboard"));
  var labels = host.getAttribute("data-labels").split("|");
  var models = host.getAttribute("data-models");
  var rtl = document.documentElement.dir === "rtl";
  var years = data.years.map(function (y) { return String(y.year); });

  function chart(id, option, onClick) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    var c = echarts.init(element);
    option.animation = false;
    option.tooltip = option.tooltip || { trigger: "axis" };
    option.grid = option.grid || { left: 40, right: 16, top: 40, bottom: 30, containLabel: true };
    c.setOption(option);
    if (onClick) {
      c.on("click", onClick);
    }
    window.addEventListener("resize", function () { c.resize(); });
  }

  function open(params) {
    var query = new URLSearchParams(params);
    query.set("under", data.unit.code);
    window.location.href = models + "?" + query.toString();
  }

  chart("chart-years", {
    legend: { top: 0 },
    xAxis: { type: "category", data: years, inverse: rtl },
    yAxis: { type: "value", position: rtl ? "right" : "left" },
    series: [
      { name: labels[0], type: "bar", data: data.years.map(function (y) { return y.registered; }) },
      { name: labels[1], type: "bar", data: data.years.map(function (y) { return y.districtRecognized; }) },
      { name: labels[2], type: "bar", data: data.years.map(function (y) { return y.proposed; }) },
      { name: labels[3], type: "bar", data: data.years.map(function (y) { return y.provinceRecognized; }) }
    ]
  }, function (p) { open({ year: p.name }); });

  chart("chart-units", {
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 10, containLabel: true },
    yAxis: { type: "category", data: data.byUnit.map(function (b) { return b.unit.name; }), inverse: true },
    xAxis: { type: "value", inverse: rtl },
    series: [
      { name: labels[0], type: "bar", data: data.byUnit.map(function (b) { return b.registered; }) },
      { name: labels[1], type: "bar", data: data.byUnit.map(function (b) { return b.recognized; }) },
      { name: labels[2], type: "bar", data: data.byUnit.map(function (b) { return b.proposed; }) }
    ]
  }, function (p) {
    var unit = data.byUnit[p.dataIndex];
    var query = new URLSearchParams({ year: data.year, under: unit.unit.code });
    window.location.href = models + "?" + query.toString();
  });

  chart("chart-kinds", {
    legend: { top: 0 },
    xAxis: { type: "category", data: years, inverse: rtl },
    yAxis: { type: "value", position: rtl ? "right" : "left" },
    series: [
      { name: labels[4], type: "bar", stack: "k", data: data.years.map(function (y) { return y.fresh; }) },
      { name: labels[5], type: "bar", stack: "k", data: data.years.map(function (y) { return y.continued; }) }
    ]
  }, function (p) { open({ year: p.name, kind: p.seriesIndex === 0 ? "NEW" : "CONTINUED" }); });

  chart("chart-owners", {
    legend: { top: 0 },
    xAxis: { type: "category", data: years, inverse: rtl },
    yAxis: { type: "value", position: rtl ? "right" : "left" },
    series: [
      { name: labels[6], type: "bar", stack: "o", data: data.years.map(function (y) { return y.collective; }) },
      { name: labels[7], type: "bar", stack: "o", data: data.years.map(function (y) { return y.individual; }) }
    ]
  }, function (p) { open({ year: p.name, ownerKind: p.seriesIndex === 0 ? "COLLECTIVE" : "INDIVIDUAL" }); });

  chart("chart-fields", {
    tooltip: { trigger: "item" },
    series: [{
      type: "pie", radius: ["35%", "70%"],
      data: data.byField.map(function (f) { return { name: f.name, value: f.registered, code: f.code }; })
    }]
  }, function (p) { open({ year: data.year, field: p.data.code }); });
});
