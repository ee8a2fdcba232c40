# Sources of the secrets models, added to brickdesk_models.
