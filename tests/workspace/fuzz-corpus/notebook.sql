-- Databricks notebook source
SELECT 1

-- COMMAND ----------

-- MAGIC %python
-- MAGIC x
