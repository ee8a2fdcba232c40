# Sources of the secrets and Key Vault pages, added to brickdesk_ui.
