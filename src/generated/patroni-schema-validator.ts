/* Generated from schema/patroni.schema.json by scripts/gen-validator.mjs (npm run gen). Do not edit. */
// @ts-nocheck
export const validate = validate21;
export default validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/your-org/patroni-plan/v0.1.0/schema/patroni.schema.json","type":"object","properties":{"name":{"type":"string"},"scope":{"type":"string"},"namespace":{"type":"string"},"thread_pool_size":{"$ref":"#/definitions/intOrIntString"},"thread_stack_size":{"$ref":"#/definitions/byteSize"},"log":{"$ref":"#/definitions/log"},"restapi":{"$ref":"#/definitions/restapi"},"ctl":{"$ref":"#/definitions/ctl"},"bootstrap":{"$ref":"#/definitions/bootstrap"},"citus":{"$ref":"#/definitions/citus"},"consul":{"$ref":"#/definitions/consul"},"etcd":{"$ref":"#/definitions/etcd"},"etcd3":{"$ref":"#/definitions/etcd"},"zookeeper":{"$ref":"#/definitions/zookeeper"},"exhibitor":{"$ref":"#/definitions/exhibitor"},"kubernetes":{"$ref":"#/definitions/kubernetes"},"raft":{"$ref":"#/definitions/raft"},"postgresql":{"$ref":"#/definitions/postgresql"},"watchdog":{"$ref":"#/definitions/watchdog"},"tags":{"$ref":"#/definitions/tags"}},"additionalProperties":false,"definitions":{"intOrIntString":{"anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*[+-]?[0-9]+\\s*$"}]},"pgInteger":{"anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"}]},"durationSeconds":{"anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:us|ms|s|min|h|d)?\\s*$"}]},"byteSize":{"anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:B|kB|MB|GB|TB)?\\s*$"}]},"booleanLike":{"anyOf":[{"type":["boolean","integer"],"enum":[true,false,0,1]},{"type":"string","pattern":"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"}]},"truthyFlag":{"anyOf":[{"type":"boolean"},{"type":"integer"},{"type":"null"}]},"port":{"anyOf":[{"type":"integer","minimum":0,"maximum":65535},{"type":"string","pattern":"^\\s*[0-9]{1,5}\\s*$"}]},"hostPort":{"type":"string","pattern":"^.*:\\s*[0-9]{1,5}\\s*$"},"stringList":{"type":"array","items":{"type":"string"}},"command":{"type":"string"},"scalar":{"type":["string","number","boolean","null"]},"commandLineOptionMap":{"type":"object","additionalProperties":{"$ref":"#/definitions/scalar"}},"commandLineOptionList":{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"$ref":"#/definitions/scalar"}}]}},"initdbOptions":{"anyOf":[{"$ref":"#/definitions/commandLineOptionList"},{"$ref":"#/definitions/commandLineOptionMap"},{"type":"null"}]},"basebackupOptions":{"anyOf":[{"$ref":"#/definitions/commandLineOptionList"},{"$ref":"#/definitions/commandLineOptionMap"},{"type":"null"}]},"customBootstrapMethod":{"properties":{"command":{"$ref":"#/definitions/command"},"no_params":{"$ref":"#/definitions/truthyFlag"},"keep_existing_recovery_conf":{"$ref":"#/definitions/truthyFlag"},"recovery_conf":{"$ref":"#/definitions/recoveryConf"}},"additionalProperties":{"$ref":"#/definitions/scalar"}},"replicaMethod":{"properties":{"command":{"$ref":"#/definitions/command"},"no_params":{"$ref":"#/definitions/truthyFlag"},"keep_data":{"$ref":"#/definitions/truthyFlag"},"no_leader":{"$ref":"#/definitions/truthyFlag"},"no_master":{"$ref":"#/definitions/truthyFlag"}},"additionalProperties":{"$ref":"#/definitions/scalar"}},"recoveryConf":{"type":["object","null"],"additionalProperties":{"$ref":"#/definitions/scalar"}},"postgresqlParameters":{"type":["object","null"],"properties":{"max_connections":{"$ref":"#/definitions/pgInteger"},"max_locks_per_transaction":{"$ref":"#/definitions/pgInteger"},"max_prepared_transactions":{"$ref":"#/definitions/pgInteger"},"max_replication_slots":{"$ref":"#/definitions/pgInteger"},"max_wal_senders":{"$ref":"#/definitions/pgInteger"},"max_worker_processes":{"$ref":"#/definitions/pgInteger"},"unix_socket_directories":{"type":"string"}},"additionalProperties":{"type":["string","number","boolean"]}},"pgHba":{"type":["array","null"],"items":{"type":"string"}},"pgIdent":{"type":["array","null"],"items":{"type":"string"}},"postgresqlUser":{"type":"object","properties":{"username":{"type":"string"},"password":{"type":"string"},"sslmode":{"type":"string"},"sslkey":{"type":"string"},"sslpassword":{"type":"string"},"sslcert":{"type":"string"},"sslrootcert":{"type":"string"},"sslcrl":{"type":"string"},"sslcrldir":{"type":"string"},"sslnegotiation":{"type":"string"},"gssencmode":{"type":"string"},"channel_binding":{"type":"string"}},"additionalProperties":false},"callbacks":{"type":["object","null"],"additionalProperties":false,"properties":{"on_start":{"$ref":"#/definitions/command"},"on_stop":{"$ref":"#/definitions/command"},"on_restart":{"$ref":"#/definitions/command"},"on_reload":{"$ref":"#/definitions/command"},"on_role_change":{"$ref":"#/definitions/command"}}},"binName":{"type":"object","additionalProperties":false,"properties":{"pg_ctl":{"type":"string"},"initdb":{"type":"string"},"pg_controldata":{"type":"string"},"pg_basebackup":{"type":"string"},"postgres":{"type":"string"},"pg_isready":{"type":"string"},"pg_rewind":{"type":"string"}}},"postgresql":{"type":"object","properties":{"listen":{"type":"string","pattern":"^.*:\\s*[0-9]{1,5}\\s*$"},"connect_address":{"$ref":"#/definitions/hostPort"},"proxy_address":{"$ref":"#/definitions/hostPort"},"data_dir":{"type":"string"},"config_dir":{"type":"string"},"pgpass":{"type":"string"},"authentication":{"type":"object","additionalProperties":false,"properties":{"superuser":{"$ref":"#/definitions/postgresqlUser"},"replication":{"$ref":"#/definitions/postgresqlUser"},"rewind":{"$ref":"#/definitions/postgresqlUser"}}},"parameters":{"$ref":"#/definitions/postgresqlParameters"},"pg_hba":{"$ref":"#/definitions/pgHba"},"pg_ident":{"$ref":"#/definitions/pgIdent"},"use_pg_rewind":{"type":"boolean"},"pg_ctl_timeout":{"anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"}]},"recovery_conf":{"$ref":"#/definitions/recoveryConf"},"remove_data_directory_on_rewind_failure":{"type":"boolean"},"remove_data_directory_on_diverged_timelines":{"type":"boolean"},"create_replica_methods":{"type":["array","null"],"items":{"type":"string"}},"create_replica_method":{"type":"array","items":{"type":"string"}},"basebackup":{"$ref":"#/definitions/basebackupOptions"},"callbacks":{"$ref":"#/definitions/callbacks"},"pre_promote":{"$ref":"#/definitions/command"},"before_stop":{"$ref":"#/definitions/command"},"use_unix_socket":{"type":"boolean"},"use_unix_socket_repl":{"type":"boolean"},"bin_dir":{"type":"string"},"bin_name":{"$ref":"#/definitions/binName"},"custom_conf":{"type":"string"},"config_base_name":{"type":"string"},"database":{"type":"string"},"krbsrvname":{"type":"string"},"name":{"type":"string"},"superuser":{"$ref":"#/definitions/postgresqlUser"},"replication":{"$ref":"#/definitions/postgresqlUser"},"pg_rewind":{"$ref":"#/definitions/postgresqlUser"}},"additionalProperties":{"type":"object","allOf":[{"$ref":"#/definitions/replicaMethod"}]}},"dynamicPostgresql":{"type":["object","null"],"properties":{"parameters":{"$ref":"#/definitions/postgresqlParameters"},"pg_hba":{"$ref":"#/definitions/pgHba"},"pg_ident":{"$ref":"#/definitions/pgIdent"},"use_pg_rewind":{"type":"boolean"},"pg_ctl_timeout":{"anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"}]},"recovery_conf":{"$ref":"#/definitions/recoveryConf"},"remove_data_directory_on_rewind_failure":{"type":"boolean"},"remove_data_directory_on_diverged_timelines":{"type":"boolean"},"create_replica_methods":{"type":["array","null"],"items":{"type":"string"}},"create_replica_method":{"type":"array","items":{"type":"string"}},"basebackup":{"$ref":"#/definitions/basebackupOptions"},"callbacks":{"$ref":"#/definitions/callbacks"},"pre_promote":{"$ref":"#/definitions/command"},"before_stop":{"$ref":"#/definitions/command"},"use_unix_socket":{"type":"boolean"},"use_unix_socket_repl":{"type":"boolean"},"bin_dir":{"type":"string"},"bin_name":{"$ref":"#/definitions/binName"},"custom_conf":{"type":"string"},"config_base_name":{"type":"string"},"database":{"type":"string"},"krbsrvname":{"type":"string"},"use_slots":{"$ref":"#/definitions/booleanLike"}},"additionalProperties":{"type":"object","allOf":[{"$ref":"#/definitions/replicaMethod"}]}},"standbyCluster":{"type":["object","null"],"additionalProperties":false,"properties":{"host":{"type":"string"},"port":{"$ref":"#/definitions/port"},"primary_slot_name":{"type":"string"},"create_replica_methods":{"type":"array","items":{"type":"string"}},"restore_command":{"type":"string"},"archive_cleanup_command":{"type":"string"},"recovery_min_apply_delay":{"type":["string","integer"]}}},"permanentSlot":{"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"properties":{"type":{"type":"string","enum":["physical","logical"]},"database":{"type":"string"},"plugin":{"type":"string"},"cluster_type":{"type":"string","enum":["primary","standby"]}}}]},"ignoreSlotMatcher":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string"},"type":{"type":"string","enum":["physical","logical"]},"database":{"type":"string"},"plugin":{"type":"string"}}},"dynamicConfiguration":{"type":"object","additionalProperties":false,"properties":{"loop_wait":{"$ref":"#/definitions/intOrIntString"},"ttl":{"$ref":"#/definitions/intOrIntString"},"retry_timeout":{"$ref":"#/definitions/intOrIntString"},"maximum_lag_on_failover":{"$ref":"#/definitions/intOrIntString"},"maximum_lag_on_syncnode":{"$ref":"#/definitions/intOrIntString"},"max_timelines_history":{"$ref":"#/definitions/intOrIntString"},"primary_start_timeout":{"$ref":"#/definitions/intOrIntString"},"primary_stop_timeout":{"$ref":"#/definitions/intOrIntString"},"master_start_timeout":{"$ref":"#/definitions/intOrIntString"},"master_stop_timeout":{"$ref":"#/definitions/intOrIntString"},"synchronous_mode":{"anyOf":[{"type":["boolean","integer"],"enum":[true,false,0,1]},{"type":"string","pattern":"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"},{"type":"string","pattern":"^[Qq][Uu][Oo][Rr][Uu][Mm]$"}]},"synchronous_mode_strict":{"$ref":"#/definitions/booleanLike"},"synchronous_node_count":{"$ref":"#/definitions/intOrIntString"},"failsafe_mode":{"$ref":"#/definitions/booleanLike"},"check_timeline":{"$ref":"#/definitions/booleanLike"},"pause":{"$ref":"#/definitions/booleanLike"},"member_slots_ttl":{"$ref":"#/definitions/durationSeconds"},"postgresql":{"$ref":"#/definitions/dynamicPostgresql"},"standby_cluster":{"$ref":"#/definitions/standbyCluster"},"slots":{"type":["object","null"],"propertyNames":{"pattern":"^[a-z0-9_]{1,63}$"},"additionalProperties":{"$ref":"#/definitions/permanentSlot"}},"permanent_slots":{"type":"object","propertyNames":{"pattern":"^[a-z0-9_]{1,63}$"},"additionalProperties":{"$ref":"#/definitions/permanentSlot"}},"permanent_replication_slots":{"type":"object","propertyNames":{"pattern":"^[a-z0-9_]{1,63}$"},"additionalProperties":{"$ref":"#/definitions/permanentSlot"}},"ignore_slots":{"type":["array","null"],"items":{"$ref":"#/definitions/ignoreSlotMatcher"}}}},"legacyBootstrapUser":{"type":"object","additionalProperties":false,"properties":{"password":{"type":"string"},"options":{"type":"array","items":{"type":"string"}}}},"bootstrap":{"type":"object","properties":{"dcs":{"$ref":"#/definitions/dynamicConfiguration"},"method":{"type":"string"},"initdb":{"$ref":"#/definitions/initdbOptions"},"post_bootstrap":{"$ref":"#/definitions/command"},"post_init":{"$ref":"#/definitions/command"},"users":{"type":["object","null"],"additionalProperties":{"$ref":"#/definitions/legacyBootstrapUser"}},"pg_hba":{"type":"array","items":{"type":"string"}}},"additionalProperties":{"type":"object","allOf":[{"$ref":"#/definitions/customBootstrapMethod"}]}},"basicAuth":{"type":"object","additionalProperties":false,"properties":{"username":{"type":"string"},"password":{"type":["string","number"]}}},"restapi":{"type":"object","additionalProperties":false,"properties":{"listen":{"$ref":"#/definitions/hostPort"},"connect_address":{"$ref":"#/definitions/hostPort"},"authentication":{"$ref":"#/definitions/basicAuth"},"auth":{"type":"string"},"certfile":{"type":"string"},"keyfile":{"type":"string"},"keyfile_password":{"type":"string"},"cafile":{"type":"string"},"ciphers":{"type":"string"},"verify_client":{"anyOf":[{"type":"string","enum":["none","optional","required"]},{"type":"string","pattern":"^(?:[nN][oO][nN][eE]|[oO][pP][tT][iI][oO][nN][aA][lL]|[rR][eE][qQ][uU][iI][rR][eE][dD])$"}]},"allowlist":{"type":"array","items":{"type":"string"}},"allowlist_include_members":{"type":"boolean"},"http_extra_headers":{"type":"object","additionalProperties":{"type":"string"}},"https_extra_headers":{"type":"object","additionalProperties":{"type":"string"}},"request_queue_size":{"$ref":"#/definitions/intOrIntString"},"server_tokens":{"anyOf":[{"type":"string","enum":["original","productonly","minimal"]},{"type":"string","pattern":"^(?:[oO][rR][iI][gG][iI][nN][aA][lL]|[pP][rR][oO][dD][uU][cC][tT][oO][nN][lL][yY]|[mM][iI][nN][iI][mM][aA][lL])$"}]},"thread_pool_size":{"$ref":"#/definitions/intOrIntString"}}},"ctl":{"type":["object","null"],"additionalProperties":false,"properties":{"authentication":{"$ref":"#/definitions/basicAuth"},"auth":{"type":"string"},"insecure":{"type":"boolean"},"cacert":{"type":"string"},"certfile":{"type":"string"},"keyfile":{"type":"string"},"keyfile_password":{"type":"string"}}},"logField":{"anyOf":[{"type":"string"},{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"type":"string"}}]},"log":{"type":["object","null"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["plain","json"]},"level":{"type":"string","enum":["DEBUG","INFO","WARN","WARNING","ERROR","FATAL","CRITICAL","NOTSET"]},"traceback_level":{"anyOf":[{"type":"string","enum":["DEBUG","ERROR"]},{"type":"string","pattern":"^(?:[dD][eE][bB][uU][gG]|[eE][rR][rR][oO][rR])$"}]},"format":{"anyOf":[{"type":"string"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/logField"}}]},"dateformat":{"type":"string"},"static_fields":{"type":"object"},"max_queue_size":{"type":"integer"},"dir":{"type":"string"},"mode":{"$ref":"#/definitions/pgInteger"},"file_num":{"$ref":"#/definitions/intOrIntString"},"file_size":{"$ref":"#/definitions/intOrIntString"},"loggers":{"type":"object","additionalProperties":{"type":"string","enum":["DEBUG","INFO","WARN","WARNING","ERROR","FATAL","CRITICAL","NOTSET"]}},"deduplicate_heartbeat_logs":{"type":"boolean"}}},"etcd":{"type":"object","additionalProperties":false,"properties":{"namespace":{"type":"string"},"host":{"type":"string","pattern":"^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"},"hosts":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"port":{"$ref":"#/definitions/port"},"use_proxies":{"type":"boolean"},"url":{"type":"string"},"proxy":{"type":"string"},"srv":{"type":"string"},"srv_suffix":{"type":"string"},"discovery_srv":{"type":"string"},"srv_domain":{"type":"string"},"protocol":{"type":"string","enum":["http","https"]},"username":{"type":"string"},"password":{"type":"string"},"cacert":{"type":"string"},"cert":{"type":"string"},"key":{"type":"string"}}},"consul":{"type":"object","additionalProperties":false,"properties":{"namespace":{"type":"string"},"host":{"type":"string","pattern":"^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"},"url":{"type":"string"},"port":{"$ref":"#/definitions/port"},"scheme":{"type":"string","enum":["http","https"]},"token":{"type":"string"},"verify":{"$ref":"#/definitions/booleanLike"},"cacert":{"type":"string"},"cert":{"type":"string"},"key":{"type":"string"},"dc":{"type":"string"},"consistency":{"type":"string","enum":["default","consistent","stale"]},"checks":{"type":"array","items":{"type":"string"}},"register_service":{"type":"boolean"},"service_tags":{"type":"array","items":{"type":"string"}},"service_check_interval":{"type":"string"},"service_check_tls_server_name":{"type":"string"}}},"zookeeper":{"type":"object","additionalProperties":false,"properties":{"namespace":{"type":"string"},"hosts":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"use_ssl":{"type":"boolean"},"cacert":{"type":"string"},"cert":{"type":"string"},"key":{"type":"string"},"key_password":{"type":"string"},"verify":{"type":"boolean"},"set_acls":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}},"auth_data":{"type":"object","additionalProperties":{"type":"string"}},"exhibitor":{"$ref":"#/definitions/exhibitor"}}},"exhibitor":{"type":"object","additionalProperties":false,"properties":{"namespace":{"type":"string"},"hosts":{"type":"array","items":{"type":"string"}},"port":{"$ref":"#/definitions/port"},"poll_interval":{"type":"integer","minimum":1}}},"kubernetes":{"type":"object","additionalProperties":false,"properties":{"bypass_api_service":{"type":"boolean"},"namespace":{"type":"string"},"labels":{"type":"object","additionalProperties":{"type":"string"}},"scope_label":{"type":"string"},"role_label":{"type":"string"},"leader_label_value":{"type":"string"},"follower_label_value":{"type":"string"},"standby_leader_label_value":{"type":"string"},"tmp_role_label":{"type":"string"},"bootstrap_labels":{"type":"object","additionalProperties":{"type":"string"}},"use_endpoints":{"type":"boolean"},"pod_ip":{"type":"string"},"ports":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string"},"port":{"type":"integer","minimum":0,"maximum":65535}},"required":["name","port"]}},"cacert":{"type":"string"},"context":{"type":"string"},"retriable_http_codes":{"anyOf":[{"type":"integer"},{"type":"array","items":{"type":"integer"}}]}}},"raft":{"type":"object","additionalProperties":false,"properties":{"namespace":{"type":"string"},"self_addr":{"$ref":"#/definitions/hostPort"},"bind_addr":{"$ref":"#/definitions/hostPort"},"partner_addrs":{"type":"array","items":{"$ref":"#/definitions/hostPort"}},"data_dir":{"type":"string"},"password":{"type":"string"}}},"watchdog":{"type":["object","null"],"additionalProperties":false,"properties":{"mode":{"anyOf":[{"type":"string","enum":["off","automatic","required"]},{"type":"string","pattern":"^(?:[Oo][Ff][Ff]|[Aa][Uu][Tt][Oo](?:[Mm][Aa][Tt][Ii][Cc])?|[Rr][Ee][Qq][Uu][Ii][Rr][Ee][Dd]?|[Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]?)$"},{"const":false}]},"device":{"type":"string"},"safety_margin":{"type":"integer","minimum":-1},"driver":{"type":"string"}}},"tags":{"type":["object","null"],"properties":{"nofailover":{"type":"boolean"},"failover_priority":{"$ref":"#/definitions/pgInteger"},"clonefrom":{"type":"boolean"},"noloadbalance":{"type":"boolean"},"replicatefrom":{"type":"string"},"nosync":{"type":"boolean"},"sync_priority":{"$ref":"#/definitions/pgInteger"},"nostream":{"$ref":"#/definitions/booleanLike"}},"additionalProperties":{}},"citus":{"type":"object","additionalProperties":false,"properties":{"group":{"type":"integer","minimum":0},"database":{"type":"string"}}}}};
const func2 = Object.prototype.hasOwnProperty;
const schema7 = {"anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*[+-]?[0-9]+\\s*$"}]};
const pattern0 = new RegExp("^\\s*[+-]?[0-9]+\\s*$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern0.test(data)){
const err1 = {instancePath,schemaPath:"#/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?[0-9]+\\s*$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate22.errors = vErrors;
return errors === 0;
}

const schema8 = {"anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:B|kB|MB|GB|TB)?\\s*$"}]};
const pattern1 = new RegExp("^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:B|kB|MB|GB|TB)?\\s*$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern1.test(data)){
const err1 = {instancePath,schemaPath:"#/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:B|kB|MB|GB|TB)?\\s*$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate24.errors = vErrors;
return errors === 0;
}

const schema9 = {"type":["object","null"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["plain","json"]},"level":{"type":"string","enum":["DEBUG","INFO","WARN","WARNING","ERROR","FATAL","CRITICAL","NOTSET"]},"traceback_level":{"anyOf":[{"type":"string","enum":["DEBUG","ERROR"]},{"type":"string","pattern":"^(?:[dD][eE][bB][uU][gG]|[eE][rR][rR][oO][rR])$"}]},"format":{"anyOf":[{"type":"string"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/logField"}}]},"dateformat":{"type":"string"},"static_fields":{"type":"object"},"max_queue_size":{"type":"integer"},"dir":{"type":"string"},"mode":{"$ref":"#/definitions/pgInteger"},"file_num":{"$ref":"#/definitions/intOrIntString"},"file_size":{"$ref":"#/definitions/intOrIntString"},"loggers":{"type":"object","additionalProperties":{"type":"string","enum":["DEBUG","INFO","WARN","WARNING","ERROR","FATAL","CRITICAL","NOTSET"]}},"deduplicate_heartbeat_logs":{"type":"boolean"}}};
const pattern2 = new RegExp("^(?:[dD][eE][bB][uU][gG]|[eE][rR][rR][oO][rR])$", "u");
const schema10 = {"anyOf":[{"type":"string"},{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"type":"string"}}]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err1 = {instancePath,schemaPath:"#/anyOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(Object.keys(data).length < 1){
const err2 = {instancePath,schemaPath:"#/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(typeof data[key0] !== "string"){
const err3 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/anyOf/1/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate27.errors = vErrors;
return errors === 0;
}

const schema11 = {"anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"}]};
const pattern3 = new RegExp("^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$", "u");

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern3.test(data)){
const err1 = {instancePath,schemaPath:"#/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate29.errors = vErrors;
return errors === 0;
}


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema9.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema9.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data0 === "plain") || (data0 === "json"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema9.properties.type.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.level !== undefined){
let data1 = data.level;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((data1 === "DEBUG") || (data1 === "INFO")) || (data1 === "WARN")) || (data1 === "WARNING")) || (data1 === "ERROR")) || (data1 === "FATAL")) || (data1 === "CRITICAL")) || (data1 === "NOTSET"))){
const err5 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/enum",keyword:"enum",params:{allowedValues: schema9.properties.level.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.traceback_level !== undefined){
let data2 = data.traceback_level;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/traceback_level",schemaPath:"#/properties/traceback_level/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data2 === "DEBUG") || (data2 === "ERROR"))){
const err7 = {instancePath:instancePath+"/traceback_level",schemaPath:"#/properties/traceback_level/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema9.properties.traceback_level.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs10 = errors;
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err8 = {instancePath:instancePath+"/traceback_level",schemaPath:"#/properties/traceback_level/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:[dD][eE][bB][uU][gG]|[eE][rR][rR][oO][rR])$"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/traceback_level",schemaPath:"#/properties/traceback_level/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/traceback_level",schemaPath:"#/properties/traceback_level/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.format !== undefined){
let data3 = data.format;
const _errs13 = errors;
let valid2 = false;
const _errs14 = errors;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs16 = errors;
if(Array.isArray(data3)){
if(data3.length < 1){
const err12 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/anyOf/1/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate27(data3[i0], {instancePath:instancePath+"/format/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err14 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.dateformat !== undefined){
if(typeof data.dateformat !== "string"){
const err15 = {instancePath:instancePath+"/dateformat",schemaPath:"#/properties/dateformat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.static_fields !== undefined){
let data6 = data.static_fields;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err16 = {instancePath:instancePath+"/static_fields",schemaPath:"#/properties/static_fields/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.max_queue_size !== undefined){
let data7 = data.max_queue_size;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err17 = {instancePath:instancePath+"/max_queue_size",schemaPath:"#/properties/max_queue_size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.dir !== undefined){
if(typeof data.dir !== "string"){
const err18 = {instancePath:instancePath+"/dir",schemaPath:"#/properties/dir/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.mode !== undefined){
if(!(validate29(data.mode, {instancePath:instancePath+"/mode",parentData:data,parentDataProperty:"mode",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.file_num !== undefined){
if(!(validate22(data.file_num, {instancePath:instancePath+"/file_num",parentData:data,parentDataProperty:"file_num",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.file_size !== undefined){
if(!(validate22(data.file_size, {instancePath:instancePath+"/file_size",parentData:data,parentDataProperty:"file_size",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.loggers !== undefined){
let data12 = data.loggers;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
let data13 = data12[key1];
if(typeof data13 !== "string"){
const err19 = {instancePath:instancePath+"/loggers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/loggers/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((((((((data13 === "DEBUG") || (data13 === "INFO")) || (data13 === "WARN")) || (data13 === "WARNING")) || (data13 === "ERROR")) || (data13 === "FATAL")) || (data13 === "CRITICAL")) || (data13 === "NOTSET"))){
const err20 = {instancePath:instancePath+"/loggers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/loggers/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema9.properties.loggers.additionalProperties.enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/loggers",schemaPath:"#/properties/loggers/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.deduplicate_heartbeat_logs !== undefined){
if(typeof data.deduplicate_heartbeat_logs !== "boolean"){
const err22 = {instancePath:instancePath+"/deduplicate_heartbeat_logs",schemaPath:"#/properties/deduplicate_heartbeat_logs/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
validate26.errors = vErrors;
return errors === 0;
}

const schema12 = {"type":"object","additionalProperties":false,"properties":{"listen":{"$ref":"#/definitions/hostPort"},"connect_address":{"$ref":"#/definitions/hostPort"},"authentication":{"$ref":"#/definitions/basicAuth"},"auth":{"type":"string"},"certfile":{"type":"string"},"keyfile":{"type":"string"},"keyfile_password":{"type":"string"},"cafile":{"type":"string"},"ciphers":{"type":"string"},"verify_client":{"anyOf":[{"type":"string","enum":["none","optional","required"]},{"type":"string","pattern":"^(?:[nN][oO][nN][eE]|[oO][pP][tT][iI][oO][nN][aA][lL]|[rR][eE][qQ][uU][iI][rR][eE][dD])$"}]},"allowlist":{"type":"array","items":{"type":"string"}},"allowlist_include_members":{"type":"boolean"},"http_extra_headers":{"type":"object","additionalProperties":{"type":"string"}},"https_extra_headers":{"type":"object","additionalProperties":{"type":"string"}},"request_queue_size":{"$ref":"#/definitions/intOrIntString"},"server_tokens":{"anyOf":[{"type":"string","enum":["original","productonly","minimal"]},{"type":"string","pattern":"^(?:[oO][rR][iI][gG][iI][nN][aA][lL]|[pP][rR][oO][dD][uU][cC][tT][oO][nN][lL][yY]|[mM][iI][nN][iI][mM][aA][lL])$"}]},"thread_pool_size":{"$ref":"#/definitions/intOrIntString"}}};
const schema13 = {"type":"string","pattern":"^.*:\\s*[0-9]{1,5}\\s*$"};
const pattern4 = new RegExp("^.*:\\s*[0-9]{1,5}\\s*$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern4.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^.*:\\s*[0-9]{1,5}\\s*$"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"object","additionalProperties":false,"properties":{"username":{"type":"string"},"password":{"type":["string","number"]}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "username") || (key0 === "password"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err1 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.password !== undefined){
let data1 = data.password;
if((typeof data1 !== "string") && (!(typeof data1 == "number"))){
const err2 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: schema14.properties.password.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const pattern5 = new RegExp("^(?:[nN][oO][nN][eE]|[oO][pP][tT][iI][oO][nN][aA][lL]|[rR][eE][qQ][uU][iI][rR][eE][dD])$", "u");
const pattern6 = new RegExp("^(?:[oO][rR][iI][gG][iI][nN][aA][lL]|[pP][rR][oO][dD][uU][cC][tT][oO][nN][lL][yY]|[mM][iI][nN][iI][mM][aA][lL])$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema12.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.listen !== undefined){
if(!(validate35(data.listen, {instancePath:instancePath+"/listen",parentData:data,parentDataProperty:"listen",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.connect_address !== undefined){
if(!(validate35(data.connect_address, {instancePath:instancePath+"/connect_address",parentData:data,parentDataProperty:"connect_address",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.authentication !== undefined){
if(!(validate38(data.authentication, {instancePath:instancePath+"/authentication",parentData:data,parentDataProperty:"authentication",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.auth !== undefined){
if(typeof data.auth !== "string"){
const err1 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.certfile !== undefined){
if(typeof data.certfile !== "string"){
const err2 = {instancePath:instancePath+"/certfile",schemaPath:"#/properties/certfile/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.keyfile !== undefined){
if(typeof data.keyfile !== "string"){
const err3 = {instancePath:instancePath+"/keyfile",schemaPath:"#/properties/keyfile/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.keyfile_password !== undefined){
if(typeof data.keyfile_password !== "string"){
const err4 = {instancePath:instancePath+"/keyfile_password",schemaPath:"#/properties/keyfile_password/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.cafile !== undefined){
if(typeof data.cafile !== "string"){
const err5 = {instancePath:instancePath+"/cafile",schemaPath:"#/properties/cafile/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ciphers !== undefined){
if(typeof data.ciphers !== "string"){
const err6 = {instancePath:instancePath+"/ciphers",schemaPath:"#/properties/ciphers/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.verify_client !== undefined){
let data9 = data.verify_client;
const _errs18 = errors;
let valid1 = false;
const _errs19 = errors;
if(typeof data9 !== "string"){
const err7 = {instancePath:instancePath+"/verify_client",schemaPath:"#/properties/verify_client/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data9 === "none") || (data9 === "optional")) || (data9 === "required"))){
const err8 = {instancePath:instancePath+"/verify_client",schemaPath:"#/properties/verify_client/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema12.properties.verify_client.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs21 = errors;
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err9 = {instancePath:instancePath+"/verify_client",schemaPath:"#/properties/verify_client/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:[nN][oO][nN][eE]|[oO][pP][tT][iI][oO][nN][aA][lL]|[rR][eE][qQ][uU][iI][rR][eE][dD])$"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/verify_client",schemaPath:"#/properties/verify_client/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err11 = {instancePath:instancePath+"/verify_client",schemaPath:"#/properties/verify_client/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.allowlist !== undefined){
let data10 = data.allowlist;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(typeof data10[i0] !== "string"){
const err12 = {instancePath:instancePath+"/allowlist/" + i0,schemaPath:"#/properties/allowlist/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/allowlist",schemaPath:"#/properties/allowlist/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.allowlist_include_members !== undefined){
if(typeof data.allowlist_include_members !== "boolean"){
const err14 = {instancePath:instancePath+"/allowlist_include_members",schemaPath:"#/properties/allowlist_include_members/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.http_extra_headers !== undefined){
let data13 = data.http_extra_headers;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key1 in data13){
if(typeof data13[key1] !== "string"){
const err15 = {instancePath:instancePath+"/http_extra_headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/http_extra_headers/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/http_extra_headers",schemaPath:"#/properties/http_extra_headers/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.https_extra_headers !== undefined){
let data15 = data.https_extra_headers;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key2 in data15){
if(typeof data15[key2] !== "string"){
const err17 = {instancePath:instancePath+"/https_extra_headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/https_extra_headers/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/https_extra_headers",schemaPath:"#/properties/https_extra_headers/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.request_queue_size !== undefined){
if(!(validate22(data.request_queue_size, {instancePath:instancePath+"/request_queue_size",parentData:data,parentDataProperty:"request_queue_size",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.server_tokens !== undefined){
let data18 = data.server_tokens;
const _errs41 = errors;
let valid6 = false;
const _errs42 = errors;
if(typeof data18 !== "string"){
const err19 = {instancePath:instancePath+"/server_tokens",schemaPath:"#/properties/server_tokens/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((data18 === "original") || (data18 === "productonly")) || (data18 === "minimal"))){
const err20 = {instancePath:instancePath+"/server_tokens",schemaPath:"#/properties/server_tokens/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema12.properties.server_tokens.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs42 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs44 = errors;
if(typeof data18 === "string"){
if(!pattern6.test(data18)){
const err21 = {instancePath:instancePath+"/server_tokens",schemaPath:"#/properties/server_tokens/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:[oO][rR][iI][gG][iI][nN][aA][lL]|[pP][rR][oO][dD][uU][cC][tT][oO][nN][lL][yY]|[mM][iI][nN][iI][mM][aA][lL])$"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/server_tokens",schemaPath:"#/properties/server_tokens/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs44 === errors;
valid6 = valid6 || _valid1;
}
if(!valid6){
const err23 = {instancePath:instancePath+"/server_tokens",schemaPath:"#/properties/server_tokens/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
if(data.thread_pool_size !== undefined){
if(!(validate22(data.thread_pool_size, {instancePath:instancePath+"/thread_pool_size",parentData:data,parentDataProperty:"thread_pool_size",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":["object","null"],"additionalProperties":false,"properties":{"authentication":{"$ref":"#/definitions/basicAuth"},"auth":{"type":"string"},"insecure":{"type":"boolean"},"cacert":{"type":"string"},"certfile":{"type":"string"},"keyfile":{"type":"string"},"keyfile_password":{"type":"string"}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema15.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "authentication") || (key0 === "auth")) || (key0 === "insecure")) || (key0 === "cacert")) || (key0 === "certfile")) || (key0 === "keyfile")) || (key0 === "keyfile_password"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.authentication !== undefined){
if(!(validate38(data.authentication, {instancePath:instancePath+"/authentication",parentData:data,parentDataProperty:"authentication",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.auth !== undefined){
if(typeof data.auth !== "string"){
const err2 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.insecure !== undefined){
if(typeof data.insecure !== "boolean"){
const err3 = {instancePath:instancePath+"/insecure",schemaPath:"#/properties/insecure/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.cacert !== undefined){
if(typeof data.cacert !== "string"){
const err4 = {instancePath:instancePath+"/cacert",schemaPath:"#/properties/cacert/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.certfile !== undefined){
if(typeof data.certfile !== "string"){
const err5 = {instancePath:instancePath+"/certfile",schemaPath:"#/properties/certfile/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.keyfile !== undefined){
if(typeof data.keyfile !== "string"){
const err6 = {instancePath:instancePath+"/keyfile",schemaPath:"#/properties/keyfile/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.keyfile_password !== undefined){
if(typeof data.keyfile_password !== "string"){
const err7 = {instancePath:instancePath+"/keyfile_password",schemaPath:"#/properties/keyfile_password/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
validate43.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","properties":{"dcs":{"$ref":"#/definitions/dynamicConfiguration"},"method":{"type":"string"},"initdb":{"$ref":"#/definitions/initdbOptions"},"post_bootstrap":{"$ref":"#/definitions/command"},"post_init":{"$ref":"#/definitions/command"},"users":{"type":["object","null"],"additionalProperties":{"$ref":"#/definitions/legacyBootstrapUser"}},"pg_hba":{"type":"array","items":{"type":"string"}}},"additionalProperties":{"type":"object","allOf":[{"$ref":"#/definitions/customBootstrapMethod"}]}};
const schema17 = {"properties":{"command":{"$ref":"#/definitions/command"},"no_params":{"$ref":"#/definitions/truthyFlag"},"keep_existing_recovery_conf":{"$ref":"#/definitions/truthyFlag"},"recovery_conf":{"$ref":"#/definitions/recoveryConf"}},"additionalProperties":{"$ref":"#/definitions/scalar"}};
const schema18 = {"type":["string","number","boolean","null"]};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((((typeof data !== "string") && (!(typeof data == "number"))) && (typeof data !== "boolean")) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema18.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"string"};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}

const schema20 = {"anyOf":[{"type":"boolean"},{"type":"integer"},{"type":"null"}]};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "boolean"){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err1 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs5 = errors;
if(data !== null){
const err2 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate52.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":["object","null"],"additionalProperties":{"$ref":"#/definitions/scalar"}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema21.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate48(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
validate55.errors = vErrors;
return errors === 0;
}


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "command") || (key0 === "no_params")) || (key0 === "keep_existing_recovery_conf")) || (key0 === "recovery_conf"))){
if(!(validate48(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
if(data.command !== undefined){
if(!(validate50(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.no_params !== undefined){
if(!(validate52(data.no_params, {instancePath:instancePath+"/no_params",parentData:data,parentDataProperty:"no_params",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
if(data.keep_existing_recovery_conf !== undefined){
if(!(validate52(data.keep_existing_recovery_conf, {instancePath:instancePath+"/keep_existing_recovery_conf",parentData:data,parentDataProperty:"keep_existing_recovery_conf",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
if(data.recovery_conf !== undefined){
if(!(validate55(data.recovery_conf, {instancePath:instancePath+"/recovery_conf",parentData:data,parentDataProperty:"recovery_conf",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
validate47.errors = vErrors;
return errors === 0;
}

const schema22 = {"type":"object","additionalProperties":false,"properties":{"loop_wait":{"$ref":"#/definitions/intOrIntString"},"ttl":{"$ref":"#/definitions/intOrIntString"},"retry_timeout":{"$ref":"#/definitions/intOrIntString"},"maximum_lag_on_failover":{"$ref":"#/definitions/intOrIntString"},"maximum_lag_on_syncnode":{"$ref":"#/definitions/intOrIntString"},"max_timelines_history":{"$ref":"#/definitions/intOrIntString"},"primary_start_timeout":{"$ref":"#/definitions/intOrIntString"},"primary_stop_timeout":{"$ref":"#/definitions/intOrIntString"},"master_start_timeout":{"$ref":"#/definitions/intOrIntString"},"master_stop_timeout":{"$ref":"#/definitions/intOrIntString"},"synchronous_mode":{"anyOf":[{"type":["boolean","integer"],"enum":[true,false,0,1]},{"type":"string","pattern":"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"},{"type":"string","pattern":"^[Qq][Uu][Oo][Rr][Uu][Mm]$"}]},"synchronous_mode_strict":{"$ref":"#/definitions/booleanLike"},"synchronous_node_count":{"$ref":"#/definitions/intOrIntString"},"failsafe_mode":{"$ref":"#/definitions/booleanLike"},"check_timeline":{"$ref":"#/definitions/booleanLike"},"pause":{"$ref":"#/definitions/booleanLike"},"member_slots_ttl":{"$ref":"#/definitions/durationSeconds"},"postgresql":{"$ref":"#/definitions/dynamicPostgresql"},"standby_cluster":{"$ref":"#/definitions/standbyCluster"},"slots":{"type":["object","null"],"propertyNames":{"pattern":"^[a-z0-9_]{1,63}$"},"additionalProperties":{"$ref":"#/definitions/permanentSlot"}},"permanent_slots":{"type":"object","propertyNames":{"pattern":"^[a-z0-9_]{1,63}$"},"additionalProperties":{"$ref":"#/definitions/permanentSlot"}},"permanent_replication_slots":{"type":"object","propertyNames":{"pattern":"^[a-z0-9_]{1,63}$"},"additionalProperties":{"$ref":"#/definitions/permanentSlot"}},"ignore_slots":{"type":["array","null"],"items":{"$ref":"#/definitions/ignoreSlotMatcher"}}}};
const schema23 = {"anyOf":[{"type":["boolean","integer"],"enum":[true,false,0,1]},{"type":"string","pattern":"^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"}]};
const pattern7 = new RegExp("^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$", "u");

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if((typeof data !== "boolean") && (!((typeof data == "number") && (!(data % 1) && !isNaN(data))))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: schema23.anyOf[0].type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === true) || (data === false)) || (data === 0)) || (data === 1))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema23.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern7.test(data)){
const err2 = {instancePath,schemaPath:"#/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate70.errors = vErrors;
return errors === 0;
}

const schema24 = {"anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:us|ms|s|min|h|d)?\\s*$"}]};
const pattern10 = new RegExp("^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:us|ms|s|min|h|d)?\\s*$", "u");

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern10.test(data)){
const err1 = {instancePath,schemaPath:"#/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:us|ms|s|min|h|d)?\\s*$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate76.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":["object","null"],"properties":{"parameters":{"$ref":"#/definitions/postgresqlParameters"},"pg_hba":{"$ref":"#/definitions/pgHba"},"pg_ident":{"$ref":"#/definitions/pgIdent"},"use_pg_rewind":{"type":"boolean"},"pg_ctl_timeout":{"anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"}]},"recovery_conf":{"$ref":"#/definitions/recoveryConf"},"remove_data_directory_on_rewind_failure":{"type":"boolean"},"remove_data_directory_on_diverged_timelines":{"type":"boolean"},"create_replica_methods":{"type":["array","null"],"items":{"type":"string"}},"create_replica_method":{"type":"array","items":{"type":"string"}},"basebackup":{"$ref":"#/definitions/basebackupOptions"},"callbacks":{"$ref":"#/definitions/callbacks"},"pre_promote":{"$ref":"#/definitions/command"},"before_stop":{"$ref":"#/definitions/command"},"use_unix_socket":{"type":"boolean"},"use_unix_socket_repl":{"type":"boolean"},"bin_dir":{"type":"string"},"bin_name":{"$ref":"#/definitions/binName"},"custom_conf":{"type":"string"},"config_base_name":{"type":"string"},"database":{"type":"string"},"krbsrvname":{"type":"string"},"use_slots":{"$ref":"#/definitions/booleanLike"}},"additionalProperties":{"type":"object","allOf":[{"$ref":"#/definitions/replicaMethod"}]}};
const schema26 = {"properties":{"command":{"$ref":"#/definitions/command"},"no_params":{"$ref":"#/definitions/truthyFlag"},"keep_data":{"$ref":"#/definitions/truthyFlag"},"no_leader":{"$ref":"#/definitions/truthyFlag"},"no_master":{"$ref":"#/definitions/truthyFlag"}},"additionalProperties":{"$ref":"#/definitions/scalar"}};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "command") || (key0 === "no_params")) || (key0 === "keep_data")) || (key0 === "no_leader")) || (key0 === "no_master"))){
if(!(validate48(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
if(data.command !== undefined){
if(!(validate50(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.no_params !== undefined){
if(!(validate52(data.no_params, {instancePath:instancePath+"/no_params",parentData:data,parentDataProperty:"no_params",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
if(data.keep_data !== undefined){
if(!(validate52(data.keep_data, {instancePath:instancePath+"/keep_data",parentData:data,parentDataProperty:"keep_data",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
if(data.no_leader !== undefined){
if(!(validate52(data.no_leader, {instancePath:instancePath+"/no_leader",parentData:data,parentDataProperty:"no_leader",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
if(data.no_master !== undefined){
if(!(validate52(data.no_master, {instancePath:instancePath+"/no_master",parentData:data,parentDataProperty:"no_master",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
validate79.errors = vErrors;
return errors === 0;
}

const schema27 = {"type":["object","null"],"properties":{"max_connections":{"$ref":"#/definitions/pgInteger"},"max_locks_per_transaction":{"$ref":"#/definitions/pgInteger"},"max_prepared_transactions":{"$ref":"#/definitions/pgInteger"},"max_replication_slots":{"$ref":"#/definitions/pgInteger"},"max_wal_senders":{"$ref":"#/definitions/pgInteger"},"max_worker_processes":{"$ref":"#/definitions/pgInteger"},"unix_socket_directories":{"type":"string"}},"additionalProperties":{"type":["string","number","boolean"]}};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema27.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "max_connections") || (key0 === "max_locks_per_transaction")) || (key0 === "max_prepared_transactions")) || (key0 === "max_replication_slots")) || (key0 === "max_wal_senders")) || (key0 === "max_worker_processes")) || (key0 === "unix_socket_directories"))){
let data0 = data[key0];
if(((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema27.additionalProperties.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.max_connections !== undefined){
if(!(validate29(data.max_connections, {instancePath:instancePath+"/max_connections",parentData:data,parentDataProperty:"max_connections",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.max_locks_per_transaction !== undefined){
if(!(validate29(data.max_locks_per_transaction, {instancePath:instancePath+"/max_locks_per_transaction",parentData:data,parentDataProperty:"max_locks_per_transaction",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.max_prepared_transactions !== undefined){
if(!(validate29(data.max_prepared_transactions, {instancePath:instancePath+"/max_prepared_transactions",parentData:data,parentDataProperty:"max_prepared_transactions",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.max_replication_slots !== undefined){
if(!(validate29(data.max_replication_slots, {instancePath:instancePath+"/max_replication_slots",parentData:data,parentDataProperty:"max_replication_slots",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.max_wal_senders !== undefined){
if(!(validate29(data.max_wal_senders, {instancePath:instancePath+"/max_wal_senders",parentData:data,parentDataProperty:"max_wal_senders",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.max_worker_processes !== undefined){
if(!(validate29(data.max_worker_processes, {instancePath:instancePath+"/max_worker_processes",parentData:data,parentDataProperty:"max_worker_processes",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.unix_socket_directories !== undefined){
if(typeof data.unix_socket_directories !== "string"){
const err2 = {instancePath:instancePath+"/unix_socket_directories",schemaPath:"#/properties/unix_socket_directories/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
validate87.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":["array","null"],"items":{"type":"string"}};

function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema28.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(typeof data[i0] !== "string"){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
validate95.errors = vErrors;
return errors === 0;
}

const schema29 = {"type":["array","null"],"items":{"type":"string"}};

function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema29.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(typeof data[i0] !== "string"){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
validate97.errors = vErrors;
return errors === 0;
}

const schema30 = {"anyOf":[{"$ref":"#/definitions/commandLineOptionList"},{"$ref":"#/definitions/commandLineOptionMap"},{"type":"null"}]};
const schema31 = {"type":"array","items":{"anyOf":[{"type":"string"},{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"$ref":"#/definitions/scalar"}}]}};

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs2 = errors;
let valid2 = false;
const _errs3 = errors;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs5 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length > 1){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(Object.keys(data0).length < 1){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
if(!(validate48(data0[key0], {instancePath:instancePath+"/" + i0+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate101.errors = vErrors;
return errors === 0;
}

const schema32 = {"type":"object","additionalProperties":{"$ref":"#/definitions/scalar"}};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate48(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate104.errors = vErrors;
return errors === 0;
}


function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs2 = errors;
if(!(validate104(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate100.errors = vErrors;
return errors === 0;
}

const schema33 = {"type":["object","null"],"additionalProperties":false,"properties":{"on_start":{"$ref":"#/definitions/command"},"on_stop":{"$ref":"#/definitions/command"},"on_restart":{"$ref":"#/definitions/command"},"on_reload":{"$ref":"#/definitions/command"},"on_role_change":{"$ref":"#/definitions/command"}}};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema33.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "on_start") || (key0 === "on_stop")) || (key0 === "on_restart")) || (key0 === "on_reload")) || (key0 === "on_role_change"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.on_start !== undefined){
if(!(validate50(data.on_start, {instancePath:instancePath+"/on_start",parentData:data,parentDataProperty:"on_start",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.on_stop !== undefined){
if(!(validate50(data.on_stop, {instancePath:instancePath+"/on_stop",parentData:data,parentDataProperty:"on_stop",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.on_restart !== undefined){
if(!(validate50(data.on_restart, {instancePath:instancePath+"/on_restart",parentData:data,parentDataProperty:"on_restart",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.on_reload !== undefined){
if(!(validate50(data.on_reload, {instancePath:instancePath+"/on_reload",parentData:data,parentDataProperty:"on_reload",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.on_role_change !== undefined){
if(!(validate50(data.on_role_change, {instancePath:instancePath+"/on_role_change",parentData:data,parentDataProperty:"on_role_change",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
validate108.errors = vErrors;
return errors === 0;
}

const schema34 = {"type":"object","additionalProperties":false,"properties":{"pg_ctl":{"type":"string"},"initdb":{"type":"string"},"pg_controldata":{"type":"string"},"pg_basebackup":{"type":"string"},"postgres":{"type":"string"},"pg_isready":{"type":"string"},"pg_rewind":{"type":"string"}}};

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "pg_ctl") || (key0 === "initdb")) || (key0 === "pg_controldata")) || (key0 === "pg_basebackup")) || (key0 === "postgres")) || (key0 === "pg_isready")) || (key0 === "pg_rewind"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.pg_ctl !== undefined){
if(typeof data.pg_ctl !== "string"){
const err1 = {instancePath:instancePath+"/pg_ctl",schemaPath:"#/properties/pg_ctl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.initdb !== undefined){
if(typeof data.initdb !== "string"){
const err2 = {instancePath:instancePath+"/initdb",schemaPath:"#/properties/initdb/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.pg_controldata !== undefined){
if(typeof data.pg_controldata !== "string"){
const err3 = {instancePath:instancePath+"/pg_controldata",schemaPath:"#/properties/pg_controldata/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.pg_basebackup !== undefined){
if(typeof data.pg_basebackup !== "string"){
const err4 = {instancePath:instancePath+"/pg_basebackup",schemaPath:"#/properties/pg_basebackup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.postgres !== undefined){
if(typeof data.postgres !== "string"){
const err5 = {instancePath:instancePath+"/postgres",schemaPath:"#/properties/postgres/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.pg_isready !== undefined){
if(typeof data.pg_isready !== "string"){
const err6 = {instancePath:instancePath+"/pg_isready",schemaPath:"#/properties/pg_isready/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.pg_rewind !== undefined){
if(typeof data.pg_rewind !== "string"){
const err7 = {instancePath:instancePath+"/pg_rewind",schemaPath:"#/properties/pg_rewind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}

const pattern11 = new RegExp("^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$", "u");

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema25.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema25.properties, key0))){
let data0 = data[key0];
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(validate79(data0, {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
}
if(data.parameters !== undefined){
if(!(validate87(data.parameters, {instancePath:instancePath+"/parameters",parentData:data,parentDataProperty:"parameters",rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
if(data.pg_hba !== undefined){
if(!(validate95(data.pg_hba, {instancePath:instancePath+"/pg_hba",parentData:data,parentDataProperty:"pg_hba",rootData}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
}
if(data.pg_ident !== undefined){
if(!(validate97(data.pg_ident, {instancePath:instancePath+"/pg_ident",parentData:data,parentDataProperty:"pg_ident",rootData}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
if(data.use_pg_rewind !== undefined){
if(typeof data.use_pg_rewind !== "boolean"){
const err2 = {instancePath:instancePath+"/use_pg_rewind",schemaPath:"#/properties/use_pg_rewind/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.pg_ctl_timeout !== undefined){
let data5 = data.pg_ctl_timeout;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
const err3 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs14 = errors;
if(typeof data5 === "string"){
if(!pattern11.test(data5)){
const err5 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err7 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.recovery_conf !== undefined){
if(!(validate55(data.recovery_conf, {instancePath:instancePath+"/recovery_conf",parentData:data,parentDataProperty:"recovery_conf",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.remove_data_directory_on_rewind_failure !== undefined){
if(typeof data.remove_data_directory_on_rewind_failure !== "boolean"){
const err8 = {instancePath:instancePath+"/remove_data_directory_on_rewind_failure",schemaPath:"#/properties/remove_data_directory_on_rewind_failure/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.remove_data_directory_on_diverged_timelines !== undefined){
if(typeof data.remove_data_directory_on_diverged_timelines !== "boolean"){
const err9 = {instancePath:instancePath+"/remove_data_directory_on_diverged_timelines",schemaPath:"#/properties/remove_data_directory_on_diverged_timelines/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.create_replica_methods !== undefined){
let data9 = data.create_replica_methods;
if((!(Array.isArray(data9))) && (data9 !== null)){
const err10 = {instancePath:instancePath+"/create_replica_methods",schemaPath:"#/properties/create_replica_methods/type",keyword:"type",params:{type: schema25.properties.create_replica_methods.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(typeof data9[i0] !== "string"){
const err11 = {instancePath:instancePath+"/create_replica_methods/" + i0,schemaPath:"#/properties/create_replica_methods/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
if(data.create_replica_method !== undefined){
let data11 = data.create_replica_method;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(typeof data11[i1] !== "string"){
const err12 = {instancePath:instancePath+"/create_replica_method/" + i1,schemaPath:"#/properties/create_replica_method/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/create_replica_method",schemaPath:"#/properties/create_replica_method/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.basebackup !== undefined){
if(!(validate100(data.basebackup, {instancePath:instancePath+"/basebackup",parentData:data,parentDataProperty:"basebackup",rootData}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data.callbacks !== undefined){
if(!(validate108(data.callbacks, {instancePath:instancePath+"/callbacks",parentData:data,parentDataProperty:"callbacks",rootData}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
}
if(data.pre_promote !== undefined){
if(!(validate50(data.pre_promote, {instancePath:instancePath+"/pre_promote",parentData:data,parentDataProperty:"pre_promote",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.before_stop !== undefined){
if(!(validate50(data.before_stop, {instancePath:instancePath+"/before_stop",parentData:data,parentDataProperty:"before_stop",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.use_unix_socket !== undefined){
if(typeof data.use_unix_socket !== "boolean"){
const err14 = {instancePath:instancePath+"/use_unix_socket",schemaPath:"#/properties/use_unix_socket/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.use_unix_socket_repl !== undefined){
if(typeof data.use_unix_socket_repl !== "boolean"){
const err15 = {instancePath:instancePath+"/use_unix_socket_repl",schemaPath:"#/properties/use_unix_socket_repl/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.bin_dir !== undefined){
if(typeof data.bin_dir !== "string"){
const err16 = {instancePath:instancePath+"/bin_dir",schemaPath:"#/properties/bin_dir/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.bin_name !== undefined){
if(!(validate117(data.bin_name, {instancePath:instancePath+"/bin_name",parentData:data,parentDataProperty:"bin_name",rootData}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
}
if(data.custom_conf !== undefined){
if(typeof data.custom_conf !== "string"){
const err17 = {instancePath:instancePath+"/custom_conf",schemaPath:"#/properties/custom_conf/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.config_base_name !== undefined){
if(typeof data.config_base_name !== "string"){
const err18 = {instancePath:instancePath+"/config_base_name",schemaPath:"#/properties/config_base_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.database !== undefined){
if(typeof data.database !== "string"){
const err19 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.krbsrvname !== undefined){
if(typeof data.krbsrvname !== "string"){
const err20 = {instancePath:instancePath+"/krbsrvname",schemaPath:"#/properties/krbsrvname/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.use_slots !== undefined){
if(!(validate70(data.use_slots, {instancePath:instancePath+"/use_slots",parentData:data,parentDataProperty:"use_slots",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
validate78.errors = vErrors;
return errors === 0;
}

const schema35 = {"type":["object","null"],"additionalProperties":false,"properties":{"host":{"type":"string"},"port":{"$ref":"#/definitions/port"},"primary_slot_name":{"type":"string"},"create_replica_methods":{"type":"array","items":{"type":"string"}},"restore_command":{"type":"string"},"archive_cleanup_command":{"type":"string"},"recovery_min_apply_delay":{"type":["string","integer"]}}};
const schema36 = {"anyOf":[{"type":"integer","minimum":0,"maximum":65535},{"type":"string","pattern":"^\\s*[0-9]{1,5}\\s*$"}]};
const pattern12 = new RegExp("^\\s*[0-9]{1,5}\\s*$", "u");

function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data == "number"){
if(data > 65535 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern12.test(data)){
const err3 = {instancePath,schemaPath:"#/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[0-9]{1,5}\\s*$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate122.errors = vErrors;
return errors === 0;
}


function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema35.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "host") || (key0 === "port")) || (key0 === "primary_slot_name")) || (key0 === "create_replica_methods")) || (key0 === "restore_command")) || (key0 === "archive_cleanup_command")) || (key0 === "recovery_min_apply_delay"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.host !== undefined){
if(typeof data.host !== "string"){
const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.port !== undefined){
if(!(validate122(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
}
if(data.primary_slot_name !== undefined){
if(typeof data.primary_slot_name !== "string"){
const err3 = {instancePath:instancePath+"/primary_slot_name",schemaPath:"#/properties/primary_slot_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.create_replica_methods !== undefined){
let data3 = data.create_replica_methods;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err4 = {instancePath:instancePath+"/create_replica_methods/" + i0,schemaPath:"#/properties/create_replica_methods/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/create_replica_methods",schemaPath:"#/properties/create_replica_methods/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.restore_command !== undefined){
if(typeof data.restore_command !== "string"){
const err6 = {instancePath:instancePath+"/restore_command",schemaPath:"#/properties/restore_command/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.archive_cleanup_command !== undefined){
if(typeof data.archive_cleanup_command !== "string"){
const err7 = {instancePath:instancePath+"/archive_cleanup_command",schemaPath:"#/properties/archive_cleanup_command/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.recovery_min_apply_delay !== undefined){
let data7 = data.recovery_min_apply_delay;
if((typeof data7 !== "string") && (!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))))){
const err8 = {instancePath:instancePath+"/recovery_min_apply_delay",schemaPath:"#/properties/recovery_min_apply_delay/type",keyword:"type",params:{type: schema35.properties.recovery_min_apply_delay.type}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
validate121.errors = vErrors;
return errors === 0;
}

const schema37 = {"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"properties":{"type":{"type":"string","enum":["physical","logical"]},"database":{"type":"string"},"plugin":{"type":"string"},"cluster_type":{"type":"string","enum":["primary","standby"]}}}]};

function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "database")) || (key0 === "plugin")) || (key0 === "cluster_type"))){
const err1 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/1/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data0 === "physical") || (data0 === "logical"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema37.anyOf[1].properties.type.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.database !== undefined){
if(typeof data.database !== "string"){
const err4 = {instancePath:instancePath+"/database",schemaPath:"#/anyOf/1/properties/database/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.plugin !== undefined){
if(typeof data.plugin !== "string"){
const err5 = {instancePath:instancePath+"/plugin",schemaPath:"#/anyOf/1/properties/plugin/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.cluster_type !== undefined){
let data3 = data.cluster_type;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/cluster_type",schemaPath:"#/anyOf/1/properties/cluster_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data3 === "primary") || (data3 === "standby"))){
const err7 = {instancePath:instancePath+"/cluster_type",schemaPath:"#/anyOf/1/properties/cluster_type/enum",keyword:"enum",params:{allowedValues: schema37.anyOf[1].properties.cluster_type.enum}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate125.errors = vErrors;
return errors === 0;
}

const schema38 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string"},"type":{"type":"string","enum":["physical","logical"]},"database":{"type":"string"},"plugin":{"type":"string"}}};

function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "type")) || (key0 === "database")) || (key0 === "plugin"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data1 === "physical") || (data1 === "logical"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.type.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.database !== undefined){
if(typeof data.database !== "string"){
const err4 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.plugin !== undefined){
if(typeof data.plugin !== "string"){
const err5 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate129.errors = vErrors;
return errors === 0;
}

const pattern8 = new RegExp("^[Qq][Uu][Oo][Rr][Uu][Mm]$", "u");
const pattern13 = new RegExp("^[a-z0-9_]{1,63}$", "u");

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema22.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.loop_wait !== undefined){
if(!(validate22(data.loop_wait, {instancePath:instancePath+"/loop_wait",parentData:data,parentDataProperty:"loop_wait",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.ttl !== undefined){
if(!(validate22(data.ttl, {instancePath:instancePath+"/ttl",parentData:data,parentDataProperty:"ttl",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.retry_timeout !== undefined){
if(!(validate22(data.retry_timeout, {instancePath:instancePath+"/retry_timeout",parentData:data,parentDataProperty:"retry_timeout",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.maximum_lag_on_failover !== undefined){
if(!(validate22(data.maximum_lag_on_failover, {instancePath:instancePath+"/maximum_lag_on_failover",parentData:data,parentDataProperty:"maximum_lag_on_failover",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.maximum_lag_on_syncnode !== undefined){
if(!(validate22(data.maximum_lag_on_syncnode, {instancePath:instancePath+"/maximum_lag_on_syncnode",parentData:data,parentDataProperty:"maximum_lag_on_syncnode",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.max_timelines_history !== undefined){
if(!(validate22(data.max_timelines_history, {instancePath:instancePath+"/max_timelines_history",parentData:data,parentDataProperty:"max_timelines_history",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.primary_start_timeout !== undefined){
if(!(validate22(data.primary_start_timeout, {instancePath:instancePath+"/primary_start_timeout",parentData:data,parentDataProperty:"primary_start_timeout",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.primary_stop_timeout !== undefined){
if(!(validate22(data.primary_stop_timeout, {instancePath:instancePath+"/primary_stop_timeout",parentData:data,parentDataProperty:"primary_stop_timeout",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.master_start_timeout !== undefined){
if(!(validate22(data.master_start_timeout, {instancePath:instancePath+"/master_start_timeout",parentData:data,parentDataProperty:"master_start_timeout",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.master_stop_timeout !== undefined){
if(!(validate22(data.master_stop_timeout, {instancePath:instancePath+"/master_stop_timeout",parentData:data,parentDataProperty:"master_stop_timeout",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.synchronous_mode !== undefined){
let data10 = data.synchronous_mode;
const _errs13 = errors;
let valid1 = false;
const _errs14 = errors;
if((typeof data10 !== "boolean") && (!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))))){
const err1 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/properties/synchronous_mode/anyOf/0/type",keyword:"type",params:{type: schema22.properties.synchronous_mode.anyOf[0].type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((data10 === true) || (data10 === false)) || (data10 === 0)) || (data10 === 1))){
const err2 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/properties/synchronous_mode/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema22.properties.synchronous_mode.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs16 = errors;
if(typeof data10 === "string"){
if(!pattern7.test(data10)){
const err3 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/properties/synchronous_mode/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/properties/synchronous_mode/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(typeof data10 === "string"){
if(!pattern8.test(data10)){
const err5 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/properties/synchronous_mode/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^[Qq][Uu][Oo][Rr][Uu][Mm]$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/properties/synchronous_mode/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err7 = {instancePath:instancePath+"/synchronous_mode",schemaPath:"#/properties/synchronous_mode/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.synchronous_mode_strict !== undefined){
if(!(validate70(data.synchronous_mode_strict, {instancePath:instancePath+"/synchronous_mode_strict",parentData:data,parentDataProperty:"synchronous_mode_strict",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
if(data.synchronous_node_count !== undefined){
if(!(validate22(data.synchronous_node_count, {instancePath:instancePath+"/synchronous_node_count",parentData:data,parentDataProperty:"synchronous_node_count",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.failsafe_mode !== undefined){
if(!(validate70(data.failsafe_mode, {instancePath:instancePath+"/failsafe_mode",parentData:data,parentDataProperty:"failsafe_mode",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
if(data.check_timeline !== undefined){
if(!(validate70(data.check_timeline, {instancePath:instancePath+"/check_timeline",parentData:data,parentDataProperty:"check_timeline",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
if(data.pause !== undefined){
if(!(validate70(data.pause, {instancePath:instancePath+"/pause",parentData:data,parentDataProperty:"pause",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
if(data.member_slots_ttl !== undefined){
if(!(validate76(data.member_slots_ttl, {instancePath:instancePath+"/member_slots_ttl",parentData:data,parentDataProperty:"member_slots_ttl",rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
if(data.postgresql !== undefined){
if(!(validate78(data.postgresql, {instancePath:instancePath+"/postgresql",parentData:data,parentDataProperty:"postgresql",rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.standby_cluster !== undefined){
if(!(validate121(data.standby_cluster, {instancePath:instancePath+"/standby_cluster",parentData:data,parentDataProperty:"standby_cluster",rootData}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
}
if(data.slots !== undefined){
let data19 = data.slots;
if((!(data19 && typeof data19 == "object" && !Array.isArray(data19))) && (data19 !== null)){
const err8 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/type",keyword:"type",params:{type: schema22.properties.slots.type}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key1 in data19){
const _errs30 = errors;
if(typeof key1 === "string"){
if(!pattern13.test(key1)){
const err9 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]{1,63}$"},propertyName:key1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid2 = _errs30 === errors;
if(!valid2){
const err10 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/propertyNames",keyword:"propertyNames",params:{propertyName: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data19){
if(!(validate125(data19[key2], {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data19,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
}
}
}
if(data.permanent_slots !== undefined){
let data21 = data.permanent_slots;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key3 in data21){
const _errs35 = errors;
if(typeof key3 === "string"){
if(!pattern13.test(key3)){
const err11 = {instancePath:instancePath+"/permanent_slots",schemaPath:"#/properties/permanent_slots/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]{1,63}$"},propertyName:key3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid4 = _errs35 === errors;
if(!valid4){
const err12 = {instancePath:instancePath+"/permanent_slots",schemaPath:"#/properties/permanent_slots/propertyNames",keyword:"propertyNames",params:{propertyName: key3}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key4 in data21){
if(!(validate125(data21[key4], {instancePath:instancePath+"/permanent_slots/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data21,parentDataProperty:key4,rootData}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/permanent_slots",schemaPath:"#/properties/permanent_slots/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.permanent_replication_slots !== undefined){
let data23 = data.permanent_replication_slots;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key5 in data23){
const _errs40 = errors;
if(typeof key5 === "string"){
if(!pattern13.test(key5)){
const err14 = {instancePath:instancePath+"/permanent_replication_slots",schemaPath:"#/properties/permanent_replication_slots/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]{1,63}$"},propertyName:key5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var valid6 = _errs40 === errors;
if(!valid6){
const err15 = {instancePath:instancePath+"/permanent_replication_slots",schemaPath:"#/properties/permanent_replication_slots/propertyNames",keyword:"propertyNames",params:{propertyName: key5}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key6 in data23){
if(!(validate125(data23[key6], {instancePath:instancePath+"/permanent_replication_slots/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data23,parentDataProperty:key6,rootData}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/permanent_replication_slots",schemaPath:"#/properties/permanent_replication_slots/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.ignore_slots !== undefined){
let data25 = data.ignore_slots;
if((!(Array.isArray(data25))) && (data25 !== null)){
const err17 = {instancePath:instancePath+"/ignore_slots",schemaPath:"#/properties/ignore_slots/type",keyword:"type",params:{type: schema22.properties.ignore_slots.type}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(Array.isArray(data25)){
const len0 = data25.length;
for(let i0=0; i0<len0; i0++){
if(!(validate129(data25[i0], {instancePath:instancePath+"/ignore_slots/" + i0,parentData:data25,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}

const schema39 = {"anyOf":[{"$ref":"#/definitions/commandLineOptionList"},{"$ref":"#/definitions/commandLineOptionMap"},{"type":"null"}]};

function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs2 = errors;
if(!(validate104(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate132.errors = vErrors;
return errors === 0;
}

const schema40 = {"type":"object","additionalProperties":false,"properties":{"password":{"type":"string"},"options":{"type":"array","items":{"type":"string"}}}};

function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "password") || (key0 === "options"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.password !== undefined){
if(typeof data.password !== "string"){
const err1 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.options !== undefined){
let data1 = data.options;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err2 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate138.errors = vErrors;
return errors === 0;
}


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "dcs") || (key0 === "method")) || (key0 === "initdb")) || (key0 === "post_bootstrap")) || (key0 === "post_init")) || (key0 === "users")) || (key0 === "pg_hba"))){
let data0 = data[key0];
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(validate47(data0, {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
if(data.dcs !== undefined){
if(!(validate59(data.dcs, {instancePath:instancePath+"/dcs",parentData:data,parentDataProperty:"dcs",rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
if(data.method !== undefined){
if(typeof data.method !== "string"){
const err1 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.initdb !== undefined){
if(!(validate132(data.initdb, {instancePath:instancePath+"/initdb",parentData:data,parentDataProperty:"initdb",rootData}))){
vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
errors = vErrors.length;
}
}
if(data.post_bootstrap !== undefined){
if(!(validate50(data.post_bootstrap, {instancePath:instancePath+"/post_bootstrap",parentData:data,parentDataProperty:"post_bootstrap",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.post_init !== undefined){
if(!(validate50(data.post_init, {instancePath:instancePath+"/post_init",parentData:data,parentDataProperty:"post_init",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.users !== undefined){
let data6 = data.users;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
const err2 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: schema16.properties.users.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!(validate138(data6[key1], {instancePath:instancePath+"/users/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
}
}
if(data.pg_hba !== undefined){
let data8 = data.pg_hba;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(typeof data8[i0] !== "string"){
const err3 = {instancePath:instancePath+"/pg_hba/" + i0,schemaPath:"#/properties/pg_hba/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/pg_hba",schemaPath:"#/properties/pg_hba/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}

const schema41 = {"type":"object","additionalProperties":false,"properties":{"group":{"type":"integer","minimum":0},"database":{"type":"string"}}};

function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "group") || (key0 === "database"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.group !== undefined){
let data0 = data.group;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.database !== undefined){
if(typeof data.database !== "string"){
const err3 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate141.errors = vErrors;
return errors === 0;
}

const schema42 = {"type":"object","additionalProperties":false,"properties":{"namespace":{"type":"string"},"host":{"type":"string","pattern":"^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"},"url":{"type":"string"},"port":{"$ref":"#/definitions/port"},"scheme":{"type":"string","enum":["http","https"]},"token":{"type":"string"},"verify":{"$ref":"#/definitions/booleanLike"},"cacert":{"type":"string"},"cert":{"type":"string"},"key":{"type":"string"},"dc":{"type":"string"},"consistency":{"type":"string","enum":["default","consistent","stale"]},"checks":{"type":"array","items":{"type":"string"}},"register_service":{"type":"boolean"},"service_tags":{"type":"array","items":{"type":"string"}},"service_check_interval":{"type":"string"},"service_check_tls_server_name":{"type":"string"}}};
const pattern16 = new RegExp("^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$", "u");

function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema42.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err1 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.host !== undefined){
let data1 = data.host;
if(typeof data1 === "string"){
if(!pattern16.test(data1)){
const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/pattern",keyword:"pattern",params:{pattern: "^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.port !== undefined){
if(!(validate122(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
}
if(data.scheme !== undefined){
let data4 = data.scheme;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data4 === "http") || (data4 === "https"))){
const err6 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema42.properties.scheme.enum}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.token !== undefined){
if(typeof data.token !== "string"){
const err7 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.verify !== undefined){
if(!(validate70(data.verify, {instancePath:instancePath+"/verify",parentData:data,parentDataProperty:"verify",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
if(data.cacert !== undefined){
if(typeof data.cacert !== "string"){
const err8 = {instancePath:instancePath+"/cacert",schemaPath:"#/properties/cacert/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.cert !== undefined){
if(typeof data.cert !== "string"){
const err9 = {instancePath:instancePath+"/cert",schemaPath:"#/properties/cert/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.key !== undefined){
if(typeof data.key !== "string"){
const err10 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.dc !== undefined){
if(typeof data.dc !== "string"){
const err11 = {instancePath:instancePath+"/dc",schemaPath:"#/properties/dc/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.consistency !== undefined){
let data11 = data.consistency;
if(typeof data11 !== "string"){
const err12 = {instancePath:instancePath+"/consistency",schemaPath:"#/properties/consistency/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data11 === "default") || (data11 === "consistent")) || (data11 === "stale"))){
const err13 = {instancePath:instancePath+"/consistency",schemaPath:"#/properties/consistency/enum",keyword:"enum",params:{allowedValues: schema42.properties.consistency.enum}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.checks !== undefined){
let data12 = data.checks;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(typeof data12[i0] !== "string"){
const err14 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.register_service !== undefined){
if(typeof data.register_service !== "boolean"){
const err16 = {instancePath:instancePath+"/register_service",schemaPath:"#/properties/register_service/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.service_tags !== undefined){
let data15 = data.service_tags;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
if(typeof data15[i1] !== "string"){
const err17 = {instancePath:instancePath+"/service_tags/" + i1,schemaPath:"#/properties/service_tags/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/service_tags",schemaPath:"#/properties/service_tags/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.service_check_interval !== undefined){
if(typeof data.service_check_interval !== "string"){
const err19 = {instancePath:instancePath+"/service_check_interval",schemaPath:"#/properties/service_check_interval/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.service_check_tls_server_name !== undefined){
if(typeof data.service_check_tls_server_name !== "string"){
const err20 = {instancePath:instancePath+"/service_check_tls_server_name",schemaPath:"#/properties/service_check_tls_server_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate143.errors = vErrors;
return errors === 0;
}

const schema43 = {"type":"object","additionalProperties":false,"properties":{"namespace":{"type":"string"},"host":{"type":"string","pattern":"^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"},"hosts":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"port":{"$ref":"#/definitions/port"},"use_proxies":{"type":"boolean"},"url":{"type":"string"},"proxy":{"type":"string"},"srv":{"type":"string"},"srv_suffix":{"type":"string"},"discovery_srv":{"type":"string"},"srv_domain":{"type":"string"},"protocol":{"type":"string","enum":["http","https"]},"username":{"type":"string"},"password":{"type":"string"},"cacert":{"type":"string"},"cert":{"type":"string"},"key":{"type":"string"}}};

function validate147(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema43.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err1 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.host !== undefined){
let data1 = data.host;
if(typeof data1 === "string"){
if(!pattern16.test(data1)){
const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/pattern",keyword:"pattern",params:{pattern: "^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.hosts !== undefined){
let data2 = data.hosts;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs10 = errors;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err5 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err7 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.port !== undefined){
if(!(validate122(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
}
if(data.use_proxies !== undefined){
if(typeof data.use_proxies !== "boolean"){
const err8 = {instancePath:instancePath+"/use_proxies",schemaPath:"#/properties/use_proxies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.proxy !== undefined){
if(typeof data.proxy !== "string"){
const err10 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.srv !== undefined){
if(typeof data.srv !== "string"){
const err11 = {instancePath:instancePath+"/srv",schemaPath:"#/properties/srv/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.srv_suffix !== undefined){
if(typeof data.srv_suffix !== "string"){
const err12 = {instancePath:instancePath+"/srv_suffix",schemaPath:"#/properties/srv_suffix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.discovery_srv !== undefined){
if(typeof data.discovery_srv !== "string"){
const err13 = {instancePath:instancePath+"/discovery_srv",schemaPath:"#/properties/discovery_srv/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.srv_domain !== undefined){
if(typeof data.srv_domain !== "string"){
const err14 = {instancePath:instancePath+"/srv_domain",schemaPath:"#/properties/srv_domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.protocol !== undefined){
let data12 = data.protocol;
if(typeof data12 !== "string"){
const err15 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data12 === "http") || (data12 === "https"))){
const err16 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema43.properties.protocol.enum}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err17 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.password !== undefined){
if(typeof data.password !== "string"){
const err18 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.cacert !== undefined){
if(typeof data.cacert !== "string"){
const err19 = {instancePath:instancePath+"/cacert",schemaPath:"#/properties/cacert/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.cert !== undefined){
if(typeof data.cert !== "string"){
const err20 = {instancePath:instancePath+"/cert",schemaPath:"#/properties/cert/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.key !== undefined){
if(typeof data.key !== "string"){
const err21 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate147.errors = vErrors;
return errors === 0;
}

const schema44 = {"type":"object","additionalProperties":false,"properties":{"namespace":{"type":"string"},"hosts":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"use_ssl":{"type":"boolean"},"cacert":{"type":"string"},"cert":{"type":"string"},"key":{"type":"string"},"key_password":{"type":"string"},"verify":{"type":"boolean"},"set_acls":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}},"auth_data":{"type":"object","additionalProperties":{"type":"string"}},"exhibitor":{"$ref":"#/definitions/exhibitor"}}};
const schema45 = {"type":"object","additionalProperties":false,"properties":{"namespace":{"type":"string"},"hosts":{"type":"array","items":{"type":"string"}},"port":{"$ref":"#/definitions/port"},"poll_interval":{"type":"integer","minimum":1}}};

function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "namespace") || (key0 === "hosts")) || (key0 === "port")) || (key0 === "poll_interval"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err1 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.hosts !== undefined){
let data1 = data.hosts;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err2 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.port !== undefined){
if(!(validate122(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
}
if(data.poll_interval !== undefined){
let data4 = data.poll_interval;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err4 = {instancePath:instancePath+"/poll_interval",schemaPath:"#/properties/poll_interval/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 1 || isNaN(data4)){
const err5 = {instancePath:instancePath+"/poll_interval",schemaPath:"#/properties/poll_interval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate152.errors = vErrors;
return errors === 0;
}


function validate151(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema44.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err1 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.hosts !== undefined){
let data1 = data.hosts;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err3 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err5 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.use_ssl !== undefined){
if(typeof data.use_ssl !== "boolean"){
const err6 = {instancePath:instancePath+"/use_ssl",schemaPath:"#/properties/use_ssl/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.cacert !== undefined){
if(typeof data.cacert !== "string"){
const err7 = {instancePath:instancePath+"/cacert",schemaPath:"#/properties/cacert/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.cert !== undefined){
if(typeof data.cert !== "string"){
const err8 = {instancePath:instancePath+"/cert",schemaPath:"#/properties/cert/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.key !== undefined){
if(typeof data.key !== "string"){
const err9 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.key_password !== undefined){
if(typeof data.key_password !== "string"){
const err10 = {instancePath:instancePath+"/key_password",schemaPath:"#/properties/key_password/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.verify !== undefined){
if(typeof data.verify !== "boolean"){
const err11 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.set_acls !== undefined){
let data9 = data.set_acls;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
let data10 = data9[key1];
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(typeof data10[i1] !== "string"){
const err12 = {instancePath:instancePath+"/set_acls/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/properties/set_acls/additionalProperties/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/set_acls/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/set_acls/additionalProperties/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/set_acls",schemaPath:"#/properties/set_acls/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.auth_data !== undefined){
let data12 = data.auth_data;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key2 in data12){
if(typeof data12[key2] !== "string"){
const err15 = {instancePath:instancePath+"/auth_data/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/auth_data/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/auth_data",schemaPath:"#/properties/auth_data/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.exhibitor !== undefined){
if(!(validate152(data.exhibitor, {instancePath:instancePath+"/exhibitor",parentData:data,parentDataProperty:"exhibitor",rootData}))){
vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate151.errors = vErrors;
return errors === 0;
}

const schema46 = {"type":"object","additionalProperties":false,"properties":{"bypass_api_service":{"type":"boolean"},"namespace":{"type":"string"},"labels":{"type":"object","additionalProperties":{"type":"string"}},"scope_label":{"type":"string"},"role_label":{"type":"string"},"leader_label_value":{"type":"string"},"follower_label_value":{"type":"string"},"standby_leader_label_value":{"type":"string"},"tmp_role_label":{"type":"string"},"bootstrap_labels":{"type":"object","additionalProperties":{"type":"string"}},"use_endpoints":{"type":"boolean"},"pod_ip":{"type":"string"},"ports":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string"},"port":{"type":"integer","minimum":0,"maximum":65535}},"required":["name","port"]}},"cacert":{"type":"string"},"context":{"type":"string"},"retriable_http_codes":{"anyOf":[{"type":"integer"},{"type":"array","items":{"type":"integer"}}]}}};

function validate157(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema46.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.bypass_api_service !== undefined){
if(typeof data.bypass_api_service !== "boolean"){
const err1 = {instancePath:instancePath+"/bypass_api_service",schemaPath:"#/properties/bypass_api_service/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err2 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.labels !== undefined){
let data2 = data.labels;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err3 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scope_label !== undefined){
if(typeof data.scope_label !== "string"){
const err5 = {instancePath:instancePath+"/scope_label",schemaPath:"#/properties/scope_label/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.role_label !== undefined){
if(typeof data.role_label !== "string"){
const err6 = {instancePath:instancePath+"/role_label",schemaPath:"#/properties/role_label/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.leader_label_value !== undefined){
if(typeof data.leader_label_value !== "string"){
const err7 = {instancePath:instancePath+"/leader_label_value",schemaPath:"#/properties/leader_label_value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.follower_label_value !== undefined){
if(typeof data.follower_label_value !== "string"){
const err8 = {instancePath:instancePath+"/follower_label_value",schemaPath:"#/properties/follower_label_value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.standby_leader_label_value !== undefined){
if(typeof data.standby_leader_label_value !== "string"){
const err9 = {instancePath:instancePath+"/standby_leader_label_value",schemaPath:"#/properties/standby_leader_label_value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tmp_role_label !== undefined){
if(typeof data.tmp_role_label !== "string"){
const err10 = {instancePath:instancePath+"/tmp_role_label",schemaPath:"#/properties/tmp_role_label/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.bootstrap_labels !== undefined){
let data10 = data.bootstrap_labels;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(typeof data10[key2] !== "string"){
const err11 = {instancePath:instancePath+"/bootstrap_labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/bootstrap_labels/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/bootstrap_labels",schemaPath:"#/properties/bootstrap_labels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.use_endpoints !== undefined){
if(typeof data.use_endpoints !== "boolean"){
const err13 = {instancePath:instancePath+"/use_endpoints",schemaPath:"#/properties/use_endpoints/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.pod_ip !== undefined){
if(typeof data.pod_ip !== "string"){
const err14 = {instancePath:instancePath+"/pod_ip",schemaPath:"#/properties/pod_ip/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.ports !== undefined){
let data14 = data.ports;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.name === undefined){
const err15 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"#/properties/ports/items/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data15.port === undefined){
const err16 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"#/properties/ports/items/required",keyword:"required",params:{missingProperty: "port"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key3 in data15){
if(!((key3 === "name") || (key3 === "port"))){
const err17 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"#/properties/ports/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data15.name !== undefined){
if(typeof data15.name !== "string"){
const err18 = {instancePath:instancePath+"/ports/" + i0+"/name",schemaPath:"#/properties/ports/items/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data15.port !== undefined){
let data17 = data15.port;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err19 = {instancePath:instancePath+"/ports/" + i0+"/port",schemaPath:"#/properties/ports/items/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 > 65535 || isNaN(data17)){
const err20 = {instancePath:instancePath+"/ports/" + i0+"/port",schemaPath:"#/properties/ports/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err21 = {instancePath:instancePath+"/ports/" + i0+"/port",schemaPath:"#/properties/ports/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"#/properties/ports/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.cacert !== undefined){
if(typeof data.cacert !== "string"){
const err24 = {instancePath:instancePath+"/cacert",schemaPath:"#/properties/cacert/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.context !== undefined){
if(typeof data.context !== "string"){
const err25 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.retriable_http_codes !== undefined){
let data20 = data.retriable_http_codes;
const _errs46 = errors;
let valid6 = false;
const _errs47 = errors;
if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){
const err26 = {instancePath:instancePath+"/retriable_http_codes",schemaPath:"#/properties/retriable_http_codes/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs47 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs49 = errors;
if(Array.isArray(data20)){
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
let data21 = data20[i1];
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err27 = {instancePath:instancePath+"/retriable_http_codes/" + i1,schemaPath:"#/properties/retriable_http_codes/anyOf/1/items/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/retriable_http_codes",schemaPath:"#/properties/retriable_http_codes/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs49 === errors;
valid6 = valid6 || _valid0;
}
if(!valid6){
const err29 = {instancePath:instancePath+"/retriable_http_codes",schemaPath:"#/properties/retriable_http_codes/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate157.errors = vErrors;
return errors === 0;
}

const schema47 = {"type":"object","additionalProperties":false,"properties":{"namespace":{"type":"string"},"self_addr":{"$ref":"#/definitions/hostPort"},"bind_addr":{"$ref":"#/definitions/hostPort"},"partner_addrs":{"type":"array","items":{"$ref":"#/definitions/hostPort"}},"data_dir":{"type":"string"},"password":{"type":"string"}}};

function validate159(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "namespace") || (key0 === "self_addr")) || (key0 === "bind_addr")) || (key0 === "partner_addrs")) || (key0 === "data_dir")) || (key0 === "password"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err1 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.self_addr !== undefined){
if(!(validate35(data.self_addr, {instancePath:instancePath+"/self_addr",parentData:data,parentDataProperty:"self_addr",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.bind_addr !== undefined){
if(!(validate35(data.bind_addr, {instancePath:instancePath+"/bind_addr",parentData:data,parentDataProperty:"bind_addr",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.partner_addrs !== undefined){
let data3 = data.partner_addrs;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate35(data3[i0], {instancePath:instancePath+"/partner_addrs/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/partner_addrs",schemaPath:"#/properties/partner_addrs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.data_dir !== undefined){
if(typeof data.data_dir !== "string"){
const err3 = {instancePath:instancePath+"/data_dir",schemaPath:"#/properties/data_dir/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.password !== undefined){
if(typeof data.password !== "string"){
const err4 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate159.errors = vErrors;
return errors === 0;
}

const schema48 = {"type":"object","properties":{"listen":{"type":"string","pattern":"^.*:\\s*[0-9]{1,5}\\s*$"},"connect_address":{"$ref":"#/definitions/hostPort"},"proxy_address":{"$ref":"#/definitions/hostPort"},"data_dir":{"type":"string"},"config_dir":{"type":"string"},"pgpass":{"type":"string"},"authentication":{"type":"object","additionalProperties":false,"properties":{"superuser":{"$ref":"#/definitions/postgresqlUser"},"replication":{"$ref":"#/definitions/postgresqlUser"},"rewind":{"$ref":"#/definitions/postgresqlUser"}}},"parameters":{"$ref":"#/definitions/postgresqlParameters"},"pg_hba":{"$ref":"#/definitions/pgHba"},"pg_ident":{"$ref":"#/definitions/pgIdent"},"use_pg_rewind":{"type":"boolean"},"pg_ctl_timeout":{"anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"}]},"recovery_conf":{"$ref":"#/definitions/recoveryConf"},"remove_data_directory_on_rewind_failure":{"type":"boolean"},"remove_data_directory_on_diverged_timelines":{"type":"boolean"},"create_replica_methods":{"type":["array","null"],"items":{"type":"string"}},"create_replica_method":{"type":"array","items":{"type":"string"}},"basebackup":{"$ref":"#/definitions/basebackupOptions"},"callbacks":{"$ref":"#/definitions/callbacks"},"pre_promote":{"$ref":"#/definitions/command"},"before_stop":{"$ref":"#/definitions/command"},"use_unix_socket":{"type":"boolean"},"use_unix_socket_repl":{"type":"boolean"},"bin_dir":{"type":"string"},"bin_name":{"$ref":"#/definitions/binName"},"custom_conf":{"type":"string"},"config_base_name":{"type":"string"},"database":{"type":"string"},"krbsrvname":{"type":"string"},"name":{"type":"string"},"superuser":{"$ref":"#/definitions/postgresqlUser"},"replication":{"$ref":"#/definitions/postgresqlUser"},"pg_rewind":{"$ref":"#/definitions/postgresqlUser"}},"additionalProperties":{"type":"object","allOf":[{"$ref":"#/definitions/replicaMethod"}]}};
const schema49 = {"type":"object","properties":{"username":{"type":"string"},"password":{"type":"string"},"sslmode":{"type":"string"},"sslkey":{"type":"string"},"sslpassword":{"type":"string"},"sslcert":{"type":"string"},"sslrootcert":{"type":"string"},"sslcrl":{"type":"string"},"sslcrldir":{"type":"string"},"sslnegotiation":{"type":"string"},"gssencmode":{"type":"string"},"channel_binding":{"type":"string"}},"additionalProperties":false};

function validate168(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema49.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err1 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.password !== undefined){
if(typeof data.password !== "string"){
const err2 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.sslmode !== undefined){
if(typeof data.sslmode !== "string"){
const err3 = {instancePath:instancePath+"/sslmode",schemaPath:"#/properties/sslmode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.sslkey !== undefined){
if(typeof data.sslkey !== "string"){
const err4 = {instancePath:instancePath+"/sslkey",schemaPath:"#/properties/sslkey/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sslpassword !== undefined){
if(typeof data.sslpassword !== "string"){
const err5 = {instancePath:instancePath+"/sslpassword",schemaPath:"#/properties/sslpassword/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.sslcert !== undefined){
if(typeof data.sslcert !== "string"){
const err6 = {instancePath:instancePath+"/sslcert",schemaPath:"#/properties/sslcert/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.sslrootcert !== undefined){
if(typeof data.sslrootcert !== "string"){
const err7 = {instancePath:instancePath+"/sslrootcert",schemaPath:"#/properties/sslrootcert/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.sslcrl !== undefined){
if(typeof data.sslcrl !== "string"){
const err8 = {instancePath:instancePath+"/sslcrl",schemaPath:"#/properties/sslcrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.sslcrldir !== undefined){
if(typeof data.sslcrldir !== "string"){
const err9 = {instancePath:instancePath+"/sslcrldir",schemaPath:"#/properties/sslcrldir/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.sslnegotiation !== undefined){
if(typeof data.sslnegotiation !== "string"){
const err10 = {instancePath:instancePath+"/sslnegotiation",schemaPath:"#/properties/sslnegotiation/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.gssencmode !== undefined){
if(typeof data.gssencmode !== "string"){
const err11 = {instancePath:instancePath+"/gssencmode",schemaPath:"#/properties/gssencmode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.channel_binding !== undefined){
if(typeof data.channel_binding !== "string"){
const err12 = {instancePath:instancePath+"/channel_binding",schemaPath:"#/properties/channel_binding/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate168.errors = vErrors;
return errors === 0;
}


function validate164(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema48.properties, key0))){
let data0 = data[key0];
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(validate79(data0, {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
}
if(data.listen !== undefined){
let data1 = data.listen;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err1 = {instancePath:instancePath+"/listen",schemaPath:"#/properties/listen/pattern",keyword:"pattern",params:{pattern: "^.*:\\s*[0-9]{1,5}\\s*$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/listen",schemaPath:"#/properties/listen/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.connect_address !== undefined){
if(!(validate35(data.connect_address, {instancePath:instancePath+"/connect_address",parentData:data,parentDataProperty:"connect_address",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.proxy_address !== undefined){
if(!(validate35(data.proxy_address, {instancePath:instancePath+"/proxy_address",parentData:data,parentDataProperty:"proxy_address",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.data_dir !== undefined){
if(typeof data.data_dir !== "string"){
const err3 = {instancePath:instancePath+"/data_dir",schemaPath:"#/properties/data_dir/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.config_dir !== undefined){
if(typeof data.config_dir !== "string"){
const err4 = {instancePath:instancePath+"/config_dir",schemaPath:"#/properties/config_dir/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.pgpass !== undefined){
if(typeof data.pgpass !== "string"){
const err5 = {instancePath:instancePath+"/pgpass",schemaPath:"#/properties/pgpass/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.authentication !== undefined){
let data7 = data.authentication;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!(((key1 === "superuser") || (key1 === "replication")) || (key1 === "rewind"))){
const err6 = {instancePath:instancePath+"/authentication",schemaPath:"#/properties/authentication/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data7.superuser !== undefined){
if(!(validate168(data7.superuser, {instancePath:instancePath+"/authentication/superuser",parentData:data7,parentDataProperty:"superuser",rootData}))){
vErrors = vErrors === null ? validate168.errors : vErrors.concat(validate168.errors);
errors = vErrors.length;
}
}
if(data7.replication !== undefined){
if(!(validate168(data7.replication, {instancePath:instancePath+"/authentication/replication",parentData:data7,parentDataProperty:"replication",rootData}))){
vErrors = vErrors === null ? validate168.errors : vErrors.concat(validate168.errors);
errors = vErrors.length;
}
}
if(data7.rewind !== undefined){
if(!(validate168(data7.rewind, {instancePath:instancePath+"/authentication/rewind",parentData:data7,parentDataProperty:"rewind",rootData}))){
vErrors = vErrors === null ? validate168.errors : vErrors.concat(validate168.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/authentication",schemaPath:"#/properties/authentication/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.parameters !== undefined){
if(!(validate87(data.parameters, {instancePath:instancePath+"/parameters",parentData:data,parentDataProperty:"parameters",rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
if(data.pg_hba !== undefined){
if(!(validate95(data.pg_hba, {instancePath:instancePath+"/pg_hba",parentData:data,parentDataProperty:"pg_hba",rootData}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
}
if(data.pg_ident !== undefined){
if(!(validate97(data.pg_ident, {instancePath:instancePath+"/pg_ident",parentData:data,parentDataProperty:"pg_ident",rootData}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
if(data.use_pg_rewind !== undefined){
if(typeof data.use_pg_rewind !== "boolean"){
const err8 = {instancePath:instancePath+"/use_pg_rewind",schemaPath:"#/properties/use_pg_rewind/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.pg_ctl_timeout !== undefined){
let data15 = data.pg_ctl_timeout;
const _errs27 = errors;
let valid4 = false;
const _errs28 = errors;
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
const err9 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs28 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs30 = errors;
if(typeof data15 === "string"){
if(!pattern11.test(data15)){
const err11 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs30 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err13 = {instancePath:instancePath+"/pg_ctl_timeout",schemaPath:"#/properties/pg_ctl_timeout/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.recovery_conf !== undefined){
if(!(validate55(data.recovery_conf, {instancePath:instancePath+"/recovery_conf",parentData:data,parentDataProperty:"recovery_conf",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.remove_data_directory_on_rewind_failure !== undefined){
if(typeof data.remove_data_directory_on_rewind_failure !== "boolean"){
const err14 = {instancePath:instancePath+"/remove_data_directory_on_rewind_failure",schemaPath:"#/properties/remove_data_directory_on_rewind_failure/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.remove_data_directory_on_diverged_timelines !== undefined){
if(typeof data.remove_data_directory_on_diverged_timelines !== "boolean"){
const err15 = {instancePath:instancePath+"/remove_data_directory_on_diverged_timelines",schemaPath:"#/properties/remove_data_directory_on_diverged_timelines/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.create_replica_methods !== undefined){
let data19 = data.create_replica_methods;
if((!(Array.isArray(data19))) && (data19 !== null)){
const err16 = {instancePath:instancePath+"/create_replica_methods",schemaPath:"#/properties/create_replica_methods/type",keyword:"type",params:{type: schema48.properties.create_replica_methods.type}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(Array.isArray(data19)){
const len0 = data19.length;
for(let i0=0; i0<len0; i0++){
if(typeof data19[i0] !== "string"){
const err17 = {instancePath:instancePath+"/create_replica_methods/" + i0,schemaPath:"#/properties/create_replica_methods/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
if(data.create_replica_method !== undefined){
let data21 = data.create_replica_method;
if(Array.isArray(data21)){
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
if(typeof data21[i1] !== "string"){
const err18 = {instancePath:instancePath+"/create_replica_method/" + i1,schemaPath:"#/properties/create_replica_method/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/create_replica_method",schemaPath:"#/properties/create_replica_method/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.basebackup !== undefined){
if(!(validate100(data.basebackup, {instancePath:instancePath+"/basebackup",parentData:data,parentDataProperty:"basebackup",rootData}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data.callbacks !== undefined){
if(!(validate108(data.callbacks, {instancePath:instancePath+"/callbacks",parentData:data,parentDataProperty:"callbacks",rootData}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
}
if(data.pre_promote !== undefined){
if(!(validate50(data.pre_promote, {instancePath:instancePath+"/pre_promote",parentData:data,parentDataProperty:"pre_promote",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.before_stop !== undefined){
if(!(validate50(data.before_stop, {instancePath:instancePath+"/before_stop",parentData:data,parentDataProperty:"before_stop",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.use_unix_socket !== undefined){
if(typeof data.use_unix_socket !== "boolean"){
const err20 = {instancePath:instancePath+"/use_unix_socket",schemaPath:"#/properties/use_unix_socket/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.use_unix_socket_repl !== undefined){
if(typeof data.use_unix_socket_repl !== "boolean"){
const err21 = {instancePath:instancePath+"/use_unix_socket_repl",schemaPath:"#/properties/use_unix_socket_repl/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.bin_dir !== undefined){
if(typeof data.bin_dir !== "string"){
const err22 = {instancePath:instancePath+"/bin_dir",schemaPath:"#/properties/bin_dir/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.bin_name !== undefined){
if(!(validate117(data.bin_name, {instancePath:instancePath+"/bin_name",parentData:data,parentDataProperty:"bin_name",rootData}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
}
if(data.custom_conf !== undefined){
if(typeof data.custom_conf !== "string"){
const err23 = {instancePath:instancePath+"/custom_conf",schemaPath:"#/properties/custom_conf/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.config_base_name !== undefined){
if(typeof data.config_base_name !== "string"){
const err24 = {instancePath:instancePath+"/config_base_name",schemaPath:"#/properties/config_base_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.database !== undefined){
if(typeof data.database !== "string"){
const err25 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.krbsrvname !== undefined){
if(typeof data.krbsrvname !== "string"){
const err26 = {instancePath:instancePath+"/krbsrvname",schemaPath:"#/properties/krbsrvname/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err27 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.superuser !== undefined){
if(!(validate168(data.superuser, {instancePath:instancePath+"/superuser",parentData:data,parentDataProperty:"superuser",rootData}))){
vErrors = vErrors === null ? validate168.errors : vErrors.concat(validate168.errors);
errors = vErrors.length;
}
}
if(data.replication !== undefined){
if(!(validate168(data.replication, {instancePath:instancePath+"/replication",parentData:data,parentDataProperty:"replication",rootData}))){
vErrors = vErrors === null ? validate168.errors : vErrors.concat(validate168.errors);
errors = vErrors.length;
}
}
if(data.pg_rewind !== undefined){
if(!(validate168(data.pg_rewind, {instancePath:instancePath+"/pg_rewind",parentData:data,parentDataProperty:"pg_rewind",rootData}))){
vErrors = vErrors === null ? validate168.errors : vErrors.concat(validate168.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate164.errors = vErrors;
return errors === 0;
}

const schema50 = {"type":["object","null"],"additionalProperties":false,"properties":{"mode":{"anyOf":[{"type":"string","enum":["off","automatic","required"]},{"type":"string","pattern":"^(?:[Oo][Ff][Ff]|[Aa][Uu][Tt][Oo](?:[Mm][Aa][Tt][Ii][Cc])?|[Rr][Ee][Qq][Uu][Ii][Rr][Ee][Dd]?|[Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]?)$"},{"const":false}]},"device":{"type":"string"},"safety_margin":{"type":"integer","minimum":-1},"driver":{"type":"string"}}};
const pattern20 = new RegExp("^(?:[Oo][Ff][Ff]|[Aa][Uu][Tt][Oo](?:[Mm][Aa][Tt][Ii][Cc])?|[Rr][Ee][Qq][Uu][Ii][Rr][Ee][Dd]?|[Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]?)$", "u");

function validate185(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema50.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "mode") || (key0 === "device")) || (key0 === "safety_margin")) || (key0 === "driver"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.mode !== undefined){
let data0 = data.mode;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data0 === "off") || (data0 === "automatic")) || (data0 === "required"))){
const err3 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema50.properties.mode.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs6 = errors;
if(typeof data0 === "string"){
if(!pattern20.test(data0)){
const err4 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:[Oo][Ff][Ff]|[Aa][Uu][Tt][Oo](?:[Mm][Aa][Tt][Ii][Cc])?|[Rr][Ee][Qq][Uu][Ii][Rr][Ee][Dd]?|[Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]?)$"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(false !== data0){
const err6 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/2/const",keyword:"const",params:{allowedValue: false}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err7 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.device !== undefined){
if(typeof data.device !== "string"){
const err8 = {instancePath:instancePath+"/device",schemaPath:"#/properties/device/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.safety_margin !== undefined){
let data2 = data.safety_margin;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err9 = {instancePath:instancePath+"/safety_margin",schemaPath:"#/properties/safety_margin/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < -1 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/safety_margin",schemaPath:"#/properties/safety_margin/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.driver !== undefined){
if(typeof data.driver !== "string"){
const err11 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
validate185.errors = vErrors;
return errors === 0;
}

const schema51 = {"type":["object","null"],"properties":{"nofailover":{"type":"boolean"},"failover_priority":{"$ref":"#/definitions/pgInteger"},"clonefrom":{"type":"boolean"},"noloadbalance":{"type":"boolean"},"replicatefrom":{"type":"string"},"nosync":{"type":"boolean"},"sync_priority":{"$ref":"#/definitions/pgInteger"},"nostream":{"$ref":"#/definitions/booleanLike"}},"additionalProperties":{}};

function validate187(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema51.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nofailover !== undefined){
if(typeof data.nofailover !== "boolean"){
const err1 = {instancePath:instancePath+"/nofailover",schemaPath:"#/properties/nofailover/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.failover_priority !== undefined){
if(!(validate29(data.failover_priority, {instancePath:instancePath+"/failover_priority",parentData:data,parentDataProperty:"failover_priority",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.clonefrom !== undefined){
if(typeof data.clonefrom !== "boolean"){
const err2 = {instancePath:instancePath+"/clonefrom",schemaPath:"#/properties/clonefrom/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.noloadbalance !== undefined){
if(typeof data.noloadbalance !== "boolean"){
const err3 = {instancePath:instancePath+"/noloadbalance",schemaPath:"#/properties/noloadbalance/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.replicatefrom !== undefined){
if(typeof data.replicatefrom !== "string"){
const err4 = {instancePath:instancePath+"/replicatefrom",schemaPath:"#/properties/replicatefrom/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.nosync !== undefined){
if(typeof data.nosync !== "boolean"){
const err5 = {instancePath:instancePath+"/nosync",schemaPath:"#/properties/nosync/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.sync_priority !== undefined){
if(!(validate29(data.sync_priority, {instancePath:instancePath+"/sync_priority",parentData:data,parentDataProperty:"sync_priority",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.nostream !== undefined){
if(!(validate70(data.nostream, {instancePath:instancePath+"/nostream",parentData:data,parentDataProperty:"nostream",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
validate187.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/your-org/patroni-plan/v0.1.0/schema/patroni.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema6.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.scope !== undefined){
if(typeof data.scope !== "string"){
const err2 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err3 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.thread_pool_size !== undefined){
if(!(validate22(data.thread_pool_size, {instancePath:instancePath+"/thread_pool_size",parentData:data,parentDataProperty:"thread_pool_size",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.thread_stack_size !== undefined){
if(!(validate24(data.thread_stack_size, {instancePath:instancePath+"/thread_stack_size",parentData:data,parentDataProperty:"thread_stack_size",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.log !== undefined){
if(!(validate26(data.log, {instancePath:instancePath+"/log",parentData:data,parentDataProperty:"log",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.restapi !== undefined){
if(!(validate34(data.restapi, {instancePath:instancePath+"/restapi",parentData:data,parentDataProperty:"restapi",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.ctl !== undefined){
if(!(validate43(data.ctl, {instancePath:instancePath+"/ctl",parentData:data,parentDataProperty:"ctl",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.bootstrap !== undefined){
if(!(validate46(data.bootstrap, {instancePath:instancePath+"/bootstrap",parentData:data,parentDataProperty:"bootstrap",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.citus !== undefined){
if(!(validate141(data.citus, {instancePath:instancePath+"/citus",parentData:data,parentDataProperty:"citus",rootData}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.consul !== undefined){
if(!(validate143(data.consul, {instancePath:instancePath+"/consul",parentData:data,parentDataProperty:"consul",rootData}))){
vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
errors = vErrors.length;
}
}
if(data.etcd !== undefined){
if(!(validate147(data.etcd, {instancePath:instancePath+"/etcd",parentData:data,parentDataProperty:"etcd",rootData}))){
vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
errors = vErrors.length;
}
}
if(data.etcd3 !== undefined){
if(!(validate147(data.etcd3, {instancePath:instancePath+"/etcd3",parentData:data,parentDataProperty:"etcd3",rootData}))){
vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
errors = vErrors.length;
}
}
if(data.zookeeper !== undefined){
if(!(validate151(data.zookeeper, {instancePath:instancePath+"/zookeeper",parentData:data,parentDataProperty:"zookeeper",rootData}))){
vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
errors = vErrors.length;
}
}
if(data.exhibitor !== undefined){
if(!(validate152(data.exhibitor, {instancePath:instancePath+"/exhibitor",parentData:data,parentDataProperty:"exhibitor",rootData}))){
vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
errors = vErrors.length;
}
}
if(data.kubernetes !== undefined){
if(!(validate157(data.kubernetes, {instancePath:instancePath+"/kubernetes",parentData:data,parentDataProperty:"kubernetes",rootData}))){
vErrors = vErrors === null ? validate157.errors : vErrors.concat(validate157.errors);
errors = vErrors.length;
}
}
if(data.raft !== undefined){
if(!(validate159(data.raft, {instancePath:instancePath+"/raft",parentData:data,parentDataProperty:"raft",rootData}))){
vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
errors = vErrors.length;
}
}
if(data.postgresql !== undefined){
if(!(validate164(data.postgresql, {instancePath:instancePath+"/postgresql",parentData:data,parentDataProperty:"postgresql",rootData}))){
vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
errors = vErrors.length;
}
}
if(data.watchdog !== undefined){
if(!(validate185(data.watchdog, {instancePath:instancePath+"/watchdog",parentData:data,parentDataProperty:"watchdog",rootData}))){
vErrors = vErrors === null ? validate185.errors : vErrors.concat(validate185.errors);
errors = vErrors.length;
}
}
if(data.tags !== undefined){
if(!(validate187(data.tags, {instancePath:instancePath+"/tags",parentData:data,parentDataProperty:"tags",rootData}))){
vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

