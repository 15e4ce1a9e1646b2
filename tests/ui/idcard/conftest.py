"""The virtual Thai ID card through a real pcscd (see tests/idcard_virtual)."""

from tests.idcard_virtual.fixtures import idcard_messages, insert_card, pcsc_stack

__all__ = ["idcard_messages", "insert_card", "pcsc_stack"]
