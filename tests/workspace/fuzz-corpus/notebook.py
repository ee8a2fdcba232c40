# Databricks notebook source
# MAGIC %md
# MAGIC # T

# COMMAND ----------

# DBTITLE 1,x
print(1)
