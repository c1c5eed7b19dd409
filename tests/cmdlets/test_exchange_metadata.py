"""Exchange cmdlet parameters come from the reference facts; check a few against them."""
from cmdlets.exchange.base import error_id, exchange_parameters
from ems.runtime.cmdlet import ALL_SETS, SWITCH


def by_name(cmdlet):
    return {p.name: p for p in exchange_parameters(cmdlet)}


def test_suspend_copy_parameters_match_the_reference():
    ps = by_name("Suspend-MailboxDatabaseCopy")
    assert set(ps) == {"Identity", "ActivationOnly", "SuspendComment", "DomainController"}
    ident = ps["Identity"]
    # Docs say "Position: 1" (1-based); the cmdlet metadata is 0-based.
    assert ident.position == 0 and ident.mandatory and ident.pipeline
    assert ps["ActivationOnly"].type == SWITCH
    assert ps["SuspendComment"].type == "System.String"


def test_move_active_follows_the_sp1_syntax():
    ps = by_name("Move-ActiveMailboxDatabase")
    # SkipActiveCopyChecks came with SP2; in SP1 the Skip* switches are only in the Identity set.
    assert "SkipActiveCopyChecks" not in ps
    assert ps["SkipHealthChecks"].sets == ("Identity",)
    assert ps["Server"].sets == ("Server",) and ps["Server"].mandatory
    assert ps["MountDialOverride"].enum_values == (
        "None", "Lossless", "GoodAvailability", "BestAvailability", "BestEffort")
    assert ps["ActivateOnServer"].sets == (ALL_SETS,)


def test_error_id_shape():
    eid = error_id("Couldn't find database \"{0}\".", "Get-Mailbox")
    digest, task = eid.split(",")
    assert len(digest) == 8 and int(digest, 16) >= 0
    assert task == "Microsoft.Exchange.Management.RecipientTasks.GetMailbox"
