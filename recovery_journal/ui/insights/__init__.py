"""Insights: the chart cards, their controls, tables and saving a chart."""
