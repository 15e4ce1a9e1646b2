"""The import, export and report registries, filled from the areas' manifests."""
