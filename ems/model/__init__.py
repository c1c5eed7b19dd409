"""The simulated Exchange 2010 organization (no language code here; never imports ems.lang or
ems.runtime). Objects exposed to scripts follow the PS_TYPE_NAMES / PS_PROPERTIES / PS_METHODS /
ps_to_string contract of ems/runtime/psobject.py; enum-valued properties are plain strings
(``"Mounted"``, ``"Unrestricted"``), sizes/time spans/versions are the value types below.

Getting an organization
    ``load.load_default()``                  the built-in org (samples/org/default.json)
    ``load.load_definition(path)``           any organization definition (format in load.py)
    ``generate.generate_org(members=16, databases=200, mailboxes=100_000, copies=3)``  large orgs
    ``persist.save(org, path)`` / ``persist.load(path)`` / ``persist.load_or_create(path)``
                                             atomic, versioned state files (StateFileError)

The root: ``org.Organization`` (see org.py)
    ``org.clock`` (clock.SimClock: ``now()``, ``advance(delta)``, ``schedule(at, fn, *args)``,
    ``schedule_in(delta, fn, *args)``), ``org.random`` (seeded), ``org.advance(delta)``
    collections (case-insensitive, O(1)): ``org.servers`` (every computer; ``org.exchange_servers()``),
    ``org.dags``, ``org.databases``, ``org.mailboxes`` (also ``by_alias``/``by_address``/``by_guid``;
    per database ``db.mailboxes``), ``org.accepted_domains``, ``org.move_requests``
    singletons: ``org.config`` (Get-OrganizationConfig), ``org.ad_server_settings``
    servers/services: ``stop_server(srv, crash=True, lose_transport_database=False)``,
    ``start_server``, ``restart_computer``, ``shutdown_computer``, ``ping``, ``stop_service(srv, name,
    force)``, ``start_service``, ``restart_service``, ``set_service_start_type``, ``exchange_services``,
    ``stop_exchange_services``/``start_exchange_services`` (setup), ``install_hotfix(srv, kb,
    needs_restart=True)``, ``uninstall_hotfix``, ``has_hotfix``, ``set_server_version``,
    ``set_mailbox_server(srv, activation_policy=, mount_dial=, max_active=)``, ``require_up(srv)``
    (raises for a down computer: Get-Service/Get-HotFix -ComputerName must call it)
    DAG: ``new_dag``, ``add_dag_member``, ``remove_dag_member``, ``remove_dag``, ``set_dag(dag, **PSParams)``,
    ``stop_dag_servers``/``start_dag_servers``, ``pause_cluster_node(srv, paused)``, ``move_pam(dag, target)``;
    ``dag.with_status()`` for -Status (OperationalServers, PrimaryActiveManager, WitnessShareInUse)
    databases: ``new_mailbox_database``, ``remove_mailbox_database``, ``set_database(db, **PSParams)``,
    ``copy_status(server=, database=, active_only=)`` -> [DatabaseCopyStatusEntry] (or
    ``copy.status_entry(connection_status)``); ``db.with_status()`` for -Status
    mailboxes: ``new_mailbox``, ``remove_mailbox``, ``disable_mailbox``/``enable_mailbox`` (``org.disabled_users``),
    ``set_mailbox_quotas``, ``deliver(mbx, size, message_id)`` (False = duplicate),
    ``new_move_request``, ``set_move_request_suspended``, ``remove_move_request``
    health: ``test_replication_health(srv)``, ``test_service_health(srv)``
    history: ``org.history`` (history.History: ``events``, ``outages()``, ``unavailable_periods(db)``)
    hooks: ``org.listeners["server_down"|"server_up"|"service"]``, ``org.am.activation_listeners``,
    ``org.extensions[name]`` (+ ``load.EXTENSION_LOADERS`` for persistence); ``org.touch()``/``change_count``

Active Manager: ``org.am`` (activemanager.ActiveManager; rules and invariants in its docstring)
    ``move_active(db, target=None, mount_dial_override=, skip_health_checks=, skip_lag_checks=,
    skip_client_experience_checks=)`` -> DatabaseMoveResult (``.error`` on failure),
    ``move_all_from(server, target=None, ...)``, ``suspend(copy, activation_only, comment)``,
    ``resume(copy, replication_only)``, ``add_copy(db, server, activation_preference, replay_lag,
    truncation_lag, seeding_postponed)``, ``remove_copy(copy)``, ``update_copy(copy, manual_resume)``,
    ``set_copy(copy, activation_preference, replay_lag, truncation_lag)``, ``mount(db, force)``,
    ``dismount(db)``, ``failover_candidates(db)``, ``check_invariants()``

Identities: ``identity`` (find_X returns a list, wildcards allowed; get_X returns one or raises the
real texts): ``find_servers/get_server``, ``find_mailbox_servers``, ``find_databases/get_database``,
``find_copies/get_copy`` (``DB01\\E1402``), ``find_dags/get_dag``, ``find_mailboxes/get_mailbox``,
``mailboxes_on_server``.

Filters: ``opath.compile_filter(text, properties=None, variables=None)`` -> predicate (FilterError).

Objects (module): servers.Server (ExchangeServer), servers.MailboxServer(server), servers.HotFix,
services.Service (ServiceController), dag.DatabaseAvailabilityGroup, dag.DatabaseAvailabilityGroupNetwork,
databases.MailboxDatabase, databases.DatabaseCopy, databases.DatabaseCopyStatusEntry,
databases.DatabaseMoveResult, mailboxes.Mailbox, mailboxes.MailboxStatistics(mbx), mailboxes.Recipient(mbx),
mailboxes.User(mbx), mailboxes.MoveRequest, mailboxes.MoveRequestStatistics(mr), directory.AcceptedDomain,
directory.OrganizationConfig, directory.ADServerSettings, health.ReplicationCheckOutputObject,
health.ExchangeServicesStatus, history.HistoryEvent.

Values (values.py): ByteQuantifiedSize, Unlimited, EnhancedTimeSpan, ADObjectId, KeyValuePair,
ServerVersion, SmtpAddress, ProxyAddress, ProxyAddressCollection, MultiValuedProperty.

Errors (errors.py): ModelError(message, dotnet_type, category, error_id, target) and subclasses
ObjectNotFoundError, AmbiguousIdentityError, InvalidOperationError, ArgumentError, ValueFormatError,
FilterError, ActiveManagerError, ReplayServiceError, ServerUnavailableError, StateFileError.

Faults (faults.py): fail_copy, fail_content_index, heal_copy, lag_copy (for labs and tests).

Decisions (see the module docstrings for details)
* Time: the clock starts Monday 2010-11-15 09:00:00 local (UTC-8); nothing reads the wall clock.
  Clock advances and every mutating method bump ``org.change_count``.
* Exactly one active copy per database at all times; when no copy can be activated after a
  failure the active copy stays on the failed server and the database is not mounted (a
  "stranded" database); Active Manager retries whenever a server, service or copy comes back.
* Switchovers are instantaneous in simulated time; Mounting/Dismounting never show.
* Stopping MSExchangeIS or ClusSvc on a DAG member fails its active databases over (an
  unplanned outage in the history); a Restart-Computer is a clean shutdown, then a boot
  BOOT_SECONDS later that completes pending hotfixes and starts Automatic services.
* ``Unlimited.Value`` is None when unlimited (the real getter throws).
* Hotfixes that need a restart sit in ``server.pending_hotfixes`` (not listed by Get-HotFix)
  until the server restarts.
"""
