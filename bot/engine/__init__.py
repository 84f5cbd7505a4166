"""The answer engine: question in, Answer out. Pure Python, no Discord."""
