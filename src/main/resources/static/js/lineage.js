// Draws the copies of a model by district-level unit from the figures the page carries.
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("lineage-chart");
  if (!element || !window.echarts) {
    return;
  }
  var counts = JSON.parse(element.getAttribute("data-chart"));
  var names = Object.keys(counts);
  var rtl = document.documentElement.dir === "rtl";
  var chart = echarts.init(element);
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 16, top: 10, bottom: 10, containLabel: true },
    yAxis: { type: "category", data: names, inverse: true, position: rtl ? "right" : "left" },
    xAxis: { type: "value", minInterval: 1, inverse: rtl },
    series: [{ name: element.getAttribute("data-label"), type: "bar",
      data: names.map(function (n) { return counts[n]; }) }]
  });
  window.addEventListener("resize", function () { chart.resize(); });
});
