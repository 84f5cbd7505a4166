"""Knowledge: load and validate the fact files and documents into a KnowledgeBase."""
