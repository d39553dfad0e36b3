package dev.composelint.core.schema;

/**
 * GENERATED from compose.schema.json by SchemaTableGenerator (test sources); do not edit. SchemaTableTest fails
 * when this file is stale; regenerate with {@code mvn -B test -pl core -Dtest=SchemaTableTest
 * -Dcomposelint.updateSchemaTable=true}.
 */
final class SchemaTable {

    /** The rule of a whole Compose file. */
    static final SchemaRule ROOT;

    private SchemaTable() {
    }

    static {
        SchemaRule[] r = new SchemaRule[309];
        r[0] = new SchemaRule("#");
        r[1] = new SchemaRule("#/patternProperties/^x-");
        r[2] = new SchemaRule("#/properties/version");
        r[3] = new SchemaRule("#/properties/name");
        r[4] = new SchemaRule("#/properties/include");
        r[5] = new SchemaRule("#/properties/services");
        r[6] = new SchemaRule("#/properties/networks");
        r[7] = new SchemaRule("#/properties/volumes");
        r[8] = new SchemaRule("#/properties/secrets");
        r[9] = new SchemaRule("#/properties/configs");
        r[10] = new SchemaRule("#/properties/models");
        r[11] = new SchemaRule("#/$defs/flag");
        r[12] = new SchemaRule("#/$defs/whole");
        r[13] = new SchemaRule("#/$defs/amount");
        r[14] = new SchemaRule("#/$defs/text");
        r[15] = new SchemaRule("#/$defs/texts");
        r[16] = new SchemaRule("#/$defs/texts/items");
        r[17] = new SchemaRule("#/$defs/text-or-texts");
        r[18] = new SchemaRule("#/$defs/text-or-texts/items");
        r[19] = new SchemaRule("#/$defs/command-line");
        r[20] = new SchemaRule("#/$defs/command-line/items");
        r[21] = new SchemaRule("#/$defs/duration");
        r[22] = new SchemaRule("#/$defs/pairs");
        r[23] = new SchemaRule("#/$defs/pairs/patternProperties/.+");
        r[24] = new SchemaRule("#/$defs/pairs/items");
        r[25] = new SchemaRule("#/$defs/options");
        r[26] = new SchemaRule("#/$defs/options/patternProperties/^.+$");
        r[27] = new SchemaRule("#/$defs/hosts");
        r[28] = new SchemaRule("#/$defs/hosts/patternProperties/.+");
        r[29] = new SchemaRule("#/$defs/hosts/patternProperties/.+/items");
        r[30] = new SchemaRule("#/$defs/hosts/items");
        r[31] = new SchemaRule("#/$defs/include-entry");
        r[32] = new SchemaRule("#/$defs/include-entry/properties/path");
        r[33] = new SchemaRule("#/$defs/include-entry/properties/path/items");
        r[34] = new SchemaRule("#/$defs/include-entry/properties/env_file");
        r[35] = new SchemaRule("#/$defs/include-entry/properties/env_file/items");
        r[36] = new SchemaRule("#/$defs/include-entry/properties/project_directory");
        r[37] = new SchemaRule("#/$defs/service");
        r[38] = new SchemaRule("#/$defs/service/patternProperties/^x-");
        r[39] = new SchemaRule("#/$defs/service/properties/cgroup");
        r[40] = new SchemaRule("#/$defs/service/properties/cgroup_parent");
        r[41] = new SchemaRule("#/$defs/service/properties/container_name");
        r[42] = new SchemaRule("#/$defs/service/properties/cpu_count");
        r[43] = new SchemaRule("#/$defs/service/properties/cpu_percent");
        r[44] = new SchemaRule("#/$defs/service/properties/cpuset");
        r[45] = new SchemaRule("#/$defs/service/properties/credential_spec");
        r[46] = new SchemaRule("#/$defs/service/properties/credential_spec/patternProperties/^x-");
        r[47] = new SchemaRule("#/$defs/service/properties/credential_spec/properties/config");
        r[48] = new SchemaRule("#/$defs/service/properties/credential_spec/properties/file");
        r[49] = new SchemaRule("#/$defs/service/properties/credential_spec/properties/registry");
        r[50] = new SchemaRule("#/$defs/service/properties/depends_on");
        r[51] = new SchemaRule("#/$defs/service/properties/depends_on/items");
        r[52] = new SchemaRule("#/$defs/service/properties/devices");
        r[53] = new SchemaRule("#/$defs/service/properties/devices/items");
        r[54] = new SchemaRule("#/$defs/service/properties/devices/items/patternProperties/^x-");
        r[55] = new SchemaRule("#/$defs/service/properties/devices/items/properties/source");
        r[56] = new SchemaRule("#/$defs/service/properties/devices/items/properties/target");
        r[57] = new SchemaRule("#/$defs/service/properties/devices/items/properties/permissions");
        r[58] = new SchemaRule("#/$defs/service/properties/domainname");
        r[59] = new SchemaRule("#/$defs/service/properties/env_file");
        r[60] = new SchemaRule("#/$defs/service/properties/env_file/items");
        r[61] = new SchemaRule("#/$defs/service/properties/env_file/items/properties/path");
        r[62] = new SchemaRule("#/$defs/service/properties/env_file/items/properties/format");
        r[63] = new SchemaRule("#/$defs/service/properties/expose");
        r[64] = new SchemaRule("#/$defs/service/properties/expose/items");
        r[65] = new SchemaRule("#/$defs/service/properties/extends");
        r[66] = new SchemaRule("#/$defs/service/properties/extends/properties/service");
        r[67] = new SchemaRule("#/$defs/service/properties/extends/properties/file");
        r[68] = new SchemaRule("#/$defs/service/properties/group_add");
        r[69] = new SchemaRule("#/$defs/service/properties/group_add/items");
        r[70] = new SchemaRule("#/$defs/service/properties/hostname");
        r[71] = new SchemaRule("#/$defs/service/properties/image");
        r[72] = new SchemaRule("#/$defs/service/properties/ipc");
        r[73] = new SchemaRule("#/$defs/service/properties/isolation");
        r[74] = new SchemaRule("#/$defs/service/properties/label_file");
        r[75] = new SchemaRule("#/$defs/service/properties/label_file/items");
        r[76] = new SchemaRule("#/$defs/service/properties/logging");
        r[77] = new SchemaRule("#/$defs/service/properties/logging/patternProperties/^x-");
        r[78] = new SchemaRule("#/$defs/service/properties/logging/properties/driver");
        r[79] = new SchemaRule("#/$defs/service/properties/logging/properties/options");
        r[80] = new SchemaRule("#/$defs/service/properties/logging/properties/options/patternProperties/^.+$");
        r[81] = new SchemaRule("#/$defs/service/properties/mac_address");
        r[82] = new SchemaRule("#/$defs/service/properties/models");
        r[83] = new SchemaRule("#/$defs/service/properties/models/items");
        r[84] = new SchemaRule("#/$defs/service/properties/models/patternProperties/^[a-zA-Z0-9._-]+$");
        r[85] = new SchemaRule("#/$defs/service/properties/models/patternProperties/^[a-zA-Z0-9._-]+$/patternProperties/^x-");
        r[86] = new SchemaRule("#/$defs/service/properties/models/patternProperties/^[a-zA-Z0-9._-]+$/properties/endpoint_var");
        r[87] = new SchemaRule("#/$defs/service/properties/models/patternProperties/^[a-zA-Z0-9._-]+$/properties/model_var");
        r[88] = new SchemaRule("#/$defs/service/properties/network_mode");
        r[89] = new SchemaRule("#/$defs/service/properties/networks");
        r[90] = new SchemaRule("#/$defs/service/properties/networks/items");
        r[91] = new SchemaRule("#/$defs/service/properties/oom_score_adj");
        r[92] = new SchemaRule("#/$defs/service/properties/pid");
        r[93] = new SchemaRule("#/$defs/service/properties/platform");
        r[94] = new SchemaRule("#/$defs/service/properties/ports");
        r[95] = new SchemaRule("#/$defs/service/properties/post_start");
        r[96] = new SchemaRule("#/$defs/service/properties/pre_stop");
        r[97] = new SchemaRule("#/$defs/service/properties/provider");
        r[98] = new SchemaRule("#/$defs/service/properties/provider/patternProperties/^x-");
        r[99] = new SchemaRule("#/$defs/service/properties/provider/properties/type");
        r[100] = new SchemaRule("#/$defs/service/properties/provider/properties/options");
        r[101] = new SchemaRule("#/$defs/service/properties/provider/properties/options/patternProperties/^.+$");
        r[102] = new SchemaRule("#/$defs/service/properties/provider/properties/options/patternProperties/^.+$/items");
        r[103] = new SchemaRule("#/$defs/service/properties/pre_start");
        r[104] = new SchemaRule("#/$defs/service/properties/pull_policy");
        r[105] = new SchemaRule("#/$defs/service/properties/pull_refresh_after");
        r[106] = new SchemaRule("#/$defs/service/properties/restart");
        r[107] = new SchemaRule("#/$defs/service/properties/runtime");
        r[108] = new SchemaRule("#/$defs/service/properties/stop_signal");
        r[109] = new SchemaRule("#/$defs/service/properties/storage_opt");
        r[110] = new SchemaRule("#/$defs/service/properties/use_api_socket");
        r[111] = new SchemaRule("#/$defs/service/properties/user");
        r[112] = new SchemaRule("#/$defs/service/properties/userns_mode");
        r[113] = new SchemaRule("#/$defs/service/properties/uts");
        r[114] = new SchemaRule("#/$defs/service/properties/volumes");
        r[115] = new SchemaRule("#/$defs/service/properties/working_dir");
        r[116] = new SchemaRule("#/$defs/dependency");
        r[117] = new SchemaRule("#/$defs/dependency/patternProperties/^x-");
        r[118] = new SchemaRule("#/$defs/dependency/properties/condition");
        r[119] = new SchemaRule("#/$defs/dependency/properties/required");
        r[120] = new SchemaRule("#/$defs/attachment");
        r[121] = new SchemaRule("#/$defs/attachment/patternProperties/^x-");
        r[122] = new SchemaRule("#/$defs/attachment/properties/gw_priority");
        r[123] = new SchemaRule("#/$defs/attachment/properties/interface_name");
        r[124] = new SchemaRule("#/$defs/attachment/properties/ipv4_address");
        r[125] = new SchemaRule("#/$defs/attachment/properties/ipv6_address");
        r[126] = new SchemaRule("#/$defs/attachment/properties/mac_address");
        r[127] = new SchemaRule("#/$defs/attachment/properties/priority");
        r[128] = new SchemaRule("#/$defs/port");
        r[129] = new SchemaRule("#/$defs/port/patternProperties/^x-");
        r[130] = new SchemaRule("#/$defs/port/properties/name");
        r[131] = new SchemaRule("#/$defs/port/properties/published");
        r[132] = new SchemaRule("#/$defs/port/properties/host_ip");
        r[133] = new SchemaRule("#/$defs/port/properties/protocol");
        r[134] = new SchemaRule("#/$defs/port/properties/app_protocol");
        r[135] = new SchemaRule("#/$defs/port/properties/mode");
        r[136] = new SchemaRule("#/$defs/mount");
        r[137] = new SchemaRule("#/$defs/mount/patternProperties/^x-");
        r[138] = new SchemaRule("#/$defs/mount/properties/type");
        r[139] = new SchemaRule("#/$defs/mount/properties/source");
        r[140] = new SchemaRule("#/$defs/mount/properties/target");
        r[141] = new SchemaRule("#/$defs/mount/properties/consistency");
        r[142] = new SchemaRule("#/$defs/mount/properties/bind");
        r[143] = new SchemaRule("#/$defs/mount/properties/bind/patternProperties/^x-");
        r[144] = new SchemaRule("#/$defs/mount/properties/bind/properties/propagation");
        r[145] = new SchemaRule("#/$defs/mount/properties/bind/properties/recursive");
        r[146] = new SchemaRule("#/$defs/mount/properties/bind/properties/selinux");
        r[147] = new SchemaRule("#/$defs/mount/properties/volume");
        r[148] = new SchemaRule("#/$defs/mount/properties/volume/patternProperties/^x-");
        r[149] = new SchemaRule("#/$defs/mount/properties/volume/properties/subpath");
        r[150] = new SchemaRule("#/$defs/mount/properties/tmpfs");
        r[151] = new SchemaRule("#/$defs/mount/properties/tmpfs/patternProperties/^x-");
        r[152] = new SchemaRule("#/$defs/mount/properties/tmpfs/properties/size");
        r[153] = new SchemaRule("#/$defs/mount/properties/image");
        r[154] = new SchemaRule("#/$defs/mount/properties/image/patternProperties/^x-");
        r[155] = new SchemaRule("#/$defs/mount/properties/image/properties/subpath");
        r[156] = new SchemaRule("#/$defs/file-grants");
        r[157] = new SchemaRule("#/$defs/file-grants/items");
        r[158] = new SchemaRule("#/$defs/file-grants/items/patternProperties/^x-");
        r[159] = new SchemaRule("#/$defs/file-grants/items/properties/source");
        r[160] = new SchemaRule("#/$defs/file-grants/items/properties/target");
        r[161] = new SchemaRule("#/$defs/file-grants/items/properties/uid");
        r[162] = new SchemaRule("#/$defs/file-grants/items/properties/gid");
        r[163] = new SchemaRule("#/$defs/hook");
        r[164] = new SchemaRule("#/$defs/hook/patternProperties/^x-");
        r[165] = new SchemaRule("#/$defs/hook/properties/user");
        r[166] = new SchemaRule("#/$defs/hook/properties/working_dir");
        r[167] = new SchemaRule("#/$defs/init-hook");
        r[168] = new SchemaRule("#/$defs/init-hook/patternProperties/^x-");
        r[169] = new SchemaRule("#/$defs/init-hook/properties/image");
        r[170] = new SchemaRule("#/$defs/init-hook/properties/user");
        r[171] = new SchemaRule("#/$defs/init-hook/properties/working_dir");
        r[172] = new SchemaRule("#/$defs/healthcheck");
        r[173] = new SchemaRule("#/$defs/healthcheck/patternProperties/^x-");
        r[174] = new SchemaRule("#/$defs/healthcheck/properties/test");
        r[175] = new SchemaRule("#/$defs/healthcheck/properties/test/items");
        r[176] = new SchemaRule("#/$defs/ulimits");
        r[177] = new SchemaRule("#/$defs/ulimits/patternProperties/^[a-z]+$");
        r[178] = new SchemaRule("#/$defs/ulimits/patternProperties/^[a-z]+$/patternProperties/^x-");
        r[179] = new SchemaRule("#/$defs/build");
        r[180] = new SchemaRule("#/$defs/build/patternProperties/^x-");
        r[181] = new SchemaRule("#/$defs/build/properties/cache_from");
        r[182] = new SchemaRule("#/$defs/build/properties/cache_from/items");
        r[183] = new SchemaRule("#/$defs/build/properties/cache_to");
        r[184] = new SchemaRule("#/$defs/build/properties/cache_to/items");
        r[185] = new SchemaRule("#/$defs/build/properties/context");
        r[186] = new SchemaRule("#/$defs/build/properties/dockerfile");
        r[187] = new SchemaRule("#/$defs/build/properties/dockerfile_inline");
        r[188] = new SchemaRule("#/$defs/build/properties/entitlements");
        r[189] = new SchemaRule("#/$defs/build/properties/entitlements/items");
        r[190] = new SchemaRule("#/$defs/build/properties/isolation");
        r[191] = new SchemaRule("#/$defs/build/properties/network");
        r[192] = new SchemaRule("#/$defs/build/properties/platforms");
        r[193] = new SchemaRule("#/$defs/build/properties/platforms/items");
        r[194] = new SchemaRule("#/$defs/build/properties/provenance");
        r[195] = new SchemaRule("#/$defs/build/properties/sbom");
        r[196] = new SchemaRule("#/$defs/build/properties/tags");
        r[197] = new SchemaRule("#/$defs/build/properties/tags/items");
        r[198] = new SchemaRule("#/$defs/build/properties/target");
        r[199] = new SchemaRule("#/$defs/blkio");
        r[200] = new SchemaRule("#/$defs/blkio/properties/device_read_bps");
        r[201] = new SchemaRule("#/$defs/blkio/properties/device_read_iops");
        r[202] = new SchemaRule("#/$defs/blkio/properties/device_write_bps");
        r[203] = new SchemaRule("#/$defs/blkio/properties/device_write_iops");
        r[204] = new SchemaRule("#/$defs/blkio/properties/weight_device");
        r[205] = new SchemaRule("#/$defs/blkio/properties/weight_device/items");
        r[206] = new SchemaRule("#/$defs/blkio/properties/weight_device/items/properties/path");
        r[207] = new SchemaRule("#/$defs/device-rate");
        r[208] = new SchemaRule("#/$defs/device-rate/properties/path");
        r[209] = new SchemaRule("#/$defs/gpus");
        r[210] = new SchemaRule("#/$defs/gpus/if");
        r[211] = new SchemaRule("#/$defs/gpus/then");
        r[212] = new SchemaRule("#/$defs/device-request");
        r[213] = new SchemaRule("#/$defs/device-request/properties/count");
        r[214] = new SchemaRule("#/$defs/device-request/properties/driver");
        r[215] = new SchemaRule("#/$defs/deploy");
        r[216] = new SchemaRule("#/$defs/deploy/patternProperties/^x-");
        r[217] = new SchemaRule("#/$defs/deploy/properties/endpoint_mode");
        r[218] = new SchemaRule("#/$defs/deploy/properties/mode");
        r[219] = new SchemaRule("#/$defs/deploy/properties/placement");
        r[220] = new SchemaRule("#/$defs/deploy/properties/placement/patternProperties/^x-");
        r[221] = new SchemaRule("#/$defs/deploy/properties/placement/properties/constraints");
        r[222] = new SchemaRule("#/$defs/deploy/properties/placement/properties/constraints/items");
        r[223] = new SchemaRule("#/$defs/deploy/properties/placement/properties/preferences");
        r[224] = new SchemaRule("#/$defs/deploy/properties/placement/properties/preferences/items");
        r[225] = new SchemaRule("#/$defs/deploy/properties/placement/properties/preferences/items/patternProperties/^x-");
        r[226] = new SchemaRule("#/$defs/deploy/properties/placement/properties/preferences/items/properties/spread");
        r[227] = new SchemaRule("#/$defs/deploy/properties/resources");
        r[228] = new SchemaRule("#/$defs/deploy/properties/resources/patternProperties/^x-");
        r[229] = new SchemaRule("#/$defs/deploy/properties/resources/properties/limits");
        r[230] = new SchemaRule("#/$defs/deploy/properties/resources/properties/limits/patternProperties/^x-");
        r[231] = new SchemaRule("#/$defs/deploy/properties/resources/properties/limits/properties/memory");
        r[232] = new SchemaRule("#/$defs/deploy/properties/resources/properties/reservations");
        r[233] = new SchemaRule("#/$defs/deploy/properties/resources/properties/reservations/patternProperties/^x-");
        r[234] = new SchemaRule("#/$defs/deploy/properties/resources/properties/reservations/properties/devices");
        r[235] = new SchemaRule("#/$defs/deploy/properties/resources/properties/reservations/properties/generic_resources");
        r[236] = new SchemaRule("#/$defs/deploy/properties/resources/properties/reservations/properties/generic_resources/items");
        r[237] = new SchemaRule("#/$defs/deploy/properties/resources/properties/reservations/properties/generic_resources/items/patternProperties/^x-");
        r[238] = new SchemaRule("#/$defs/deploy/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec");
        r[239] = new SchemaRule("#/$defs/deploy/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/patternProperties/^x-");
        r[240] = new SchemaRule("#/$defs/deploy/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/properties/kind");
        r[241] = new SchemaRule("#/$defs/deploy/properties/resources/properties/reservations/properties/memory");
        r[242] = new SchemaRule("#/$defs/deploy/properties/restart_policy");
        r[243] = new SchemaRule("#/$defs/deploy/properties/restart_policy/patternProperties/^x-");
        r[244] = new SchemaRule("#/$defs/deploy/properties/restart_policy/properties/condition");
        r[245] = new SchemaRule("#/$defs/reserved-device");
        r[246] = new SchemaRule("#/$defs/reserved-device/patternProperties/^x-");
        r[247] = new SchemaRule("#/$defs/reserved-device/properties/count");
        r[248] = new SchemaRule("#/$defs/reserved-device/properties/driver");
        r[249] = new SchemaRule("#/$defs/rollout");
        r[250] = new SchemaRule("#/$defs/rollout/patternProperties/^x-");
        r[251] = new SchemaRule("#/$defs/rollout/properties/failure_action");
        r[252] = new SchemaRule("#/$defs/rollout/properties/order");
        r[253] = new SchemaRule("#/$defs/develop");
        r[254] = new SchemaRule("#/$defs/develop/patternProperties/^x-");
        r[255] = new SchemaRule("#/$defs/develop/properties/watch");
        r[256] = new SchemaRule("#/$defs/develop/properties/watch/items");
        r[257] = new SchemaRule("#/$defs/develop/properties/watch/items/patternProperties/^x-");
        r[258] = new SchemaRule("#/$defs/develop/properties/watch/items/properties/action");
        r[259] = new SchemaRule("#/$defs/develop/properties/watch/items/properties/initial_sync");
        r[260] = new SchemaRule("#/$defs/develop/properties/watch/items/properties/path");
        r[261] = new SchemaRule("#/$defs/develop/properties/watch/items/properties/target");
        r[262] = new SchemaRule("#/$defs/network");
        r[263] = new SchemaRule("#/$defs/network/patternProperties/^x-");
        r[264] = new SchemaRule("#/$defs/network/properties/driver");
        r[265] = new SchemaRule("#/$defs/network/properties/ipam");
        r[266] = new SchemaRule("#/$defs/network/properties/ipam/patternProperties/^x-");
        r[267] = new SchemaRule("#/$defs/network/properties/ipam/properties/driver");
        r[268] = new SchemaRule("#/$defs/network/properties/ipam/properties/config");
        r[269] = new SchemaRule("#/$defs/network/properties/ipam/properties/config/items");
        r[270] = new SchemaRule("#/$defs/network/properties/ipam/properties/config/items/patternProperties/^x-");
        r[271] = new SchemaRule("#/$defs/network/properties/ipam/properties/config/items/properties/subnet");
        r[272] = new SchemaRule("#/$defs/network/properties/ipam/properties/config/items/properties/ip_range");
        r[273] = new SchemaRule("#/$defs/network/properties/ipam/properties/config/items/properties/gateway");
        r[274] = new SchemaRule("#/$defs/network/properties/ipam/properties/config/items/properties/aux_addresses");
        r[275] = new SchemaRule("#/$defs/network/properties/ipam/properties/config/items/properties/aux_addresses/patternProperties/^.+$");
        r[276] = new SchemaRule("#/$defs/network/properties/ipam/properties/options");
        r[277] = new SchemaRule("#/$defs/network/properties/ipam/properties/options/patternProperties/^.+$");
        r[278] = new SchemaRule("#/$defs/network/properties/name");
        r[279] = new SchemaRule("#/$defs/external");
        r[280] = new SchemaRule("#/$defs/external/patternProperties/^x-");
        r[281] = new SchemaRule("#/$defs/external/properties/name");
        r[282] = new SchemaRule("#/$defs/external-file");
        r[283] = new SchemaRule("#/$defs/external-file/properties/name");
        r[284] = new SchemaRule("#/$defs/volume");
        r[285] = new SchemaRule("#/$defs/volume/patternProperties/^x-");
        r[286] = new SchemaRule("#/$defs/volume/properties/driver");
        r[287] = new SchemaRule("#/$defs/volume/properties/name");
        r[288] = new SchemaRule("#/$defs/secret");
        r[289] = new SchemaRule("#/$defs/secret/patternProperties/^x-");
        r[290] = new SchemaRule("#/$defs/secret/properties/driver");
        r[291] = new SchemaRule("#/$defs/secret/properties/environment");
        r[292] = new SchemaRule("#/$defs/secret/properties/file");
        r[293] = new SchemaRule("#/$defs/secret/properties/name");
        r[294] = new SchemaRule("#/$defs/secret/properties/template_driver");
        r[295] = new SchemaRule("#/$defs/config");
        r[296] = new SchemaRule("#/$defs/config/patternProperties/^x-");
        r[297] = new SchemaRule("#/$defs/config/properties/content");
        r[298] = new SchemaRule("#/$defs/config/properties/environment");
        r[299] = new SchemaRule("#/$defs/config/properties/file");
        r[300] = new SchemaRule("#/$defs/config/properties/name");
        r[301] = new SchemaRule("#/$defs/config/properties/template_driver");
        r[302] = new SchemaRule("#/$defs/model");
        r[303] = new SchemaRule("#/$defs/model/patternProperties/^x-");
        r[304] = new SchemaRule("#/$defs/model/properties/context_size");
        r[305] = new SchemaRule("#/$defs/model/properties/model");
        r[306] = new SchemaRule("#/$defs/model/properties/name");
        r[307] = new SchemaRule("#/$defs/model/properties/runtime_flags");
        r[308] = new SchemaRule("#/$defs/model/properties/runtime_flags/items");
        r[0].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[1])
                .property("version", r[2])
                .property("name", r[3])
                .property("include", r[4])
                .property("services", r[5])
                .property("networks", r[6])
                .property("volumes", r[7])
                .property("secrets", r[8])
                .property("configs", r[9])
                .property("models", r[10]);
        r[2].type("string");
        r[3].type("string");
        r[4].type("array").items(r[31]);
        r[5].type("object").additionalProperties(false)
                .patternProperty("^[a-zA-Z0-9._-]+$", "^[a-zA-Z0-9._-]+\\z", r[37]);
        r[6].type("object")
                .patternProperty("^[a-zA-Z0-9._-]+$", "^[a-zA-Z0-9._-]+\\z", r[262]);
        r[7].type("object").additionalProperties(false)
                .patternProperty("^[a-zA-Z0-9._-]+$", "^[a-zA-Z0-9._-]+\\z", r[284]);
        r[8].type("object").additionalProperties(false)
                .patternProperty("^[a-zA-Z0-9._-]+$", "^[a-zA-Z0-9._-]+\\z", r[288]);
        r[9].type("object").additionalProperties(false)
                .patternProperty("^[a-zA-Z0-9._-]+$", "^[a-zA-Z0-9._-]+\\z", r[295]);
        r[10].type("object")
                .patternProperty("^[a-zA-Z0-9._-]+$", "^[a-zA-Z0-9._-]+\\z", r[302]);
        r[11].type("boolean", "string");
        r[12].type("integer", "string");
        r[13].type("number", "string");
        r[14].type("string");
        r[15].type("array").items(r[16]).uniqueItems();
        r[16].type("string");
        r[17].type("string", "array").items(r[18]).uniqueItems();
        r[18].type("string");
        r[19].type("null", "string", "array").items(r[20]);
        r[20].type("string");
        r[21].type("string").pattern("^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h|d|w)){1,10})$", "^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h|d|w)){1,10})\\z");
        r[22].type("object", "array").additionalProperties(false)
                .patternProperty(".+", ".+", r[23]).items(r[24]).uniqueItems();
        r[23].type("string", "number", "boolean", "null");
        r[24].type("string");
        r[25].type("object")
                .patternProperty("^.+$", "^.+\\z", r[26]);
        r[26].type("string", "number");
        r[27].type("object", "array").additionalProperties(false)
                .patternProperty(".+", ".+", r[28]).items(r[30]).uniqueItems();
        r[28].type("string", "array").items(r[29]);
        r[29].type("string");
        r[30].type("string");
        r[31].type("string", "object").additionalProperties(false)
                .property("path", r[32])
                .property("env_file", r[34])
                .property("project_directory", r[36]);
        r[32].type("string", "array").items(r[33]).uniqueItems();
        r[33].type("string");
        r[34].type("string", "array").items(r[35]).uniqueItems();
        r[35].type("string");
        r[36].type("string");
        r[37].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[38])
                .property("annotations", r[22])
                .property("attach", r[11])
                .property("blkio_config", r[199])
                .property("build", r[179])
                .property("cap_add", r[15])
                .property("cap_drop", r[15])
                .property("cgroup", r[39])
                .property("cgroup_parent", r[40])
                .property("command", r[19])
                .property("configs", r[156])
                .property("container_name", r[41])
                .property("cpu_count", r[42])
                .property("cpu_percent", r[43])
                .property("cpu_period", r[13])
                .property("cpu_quota", r[13])
                .property("cpu_rt_period", r[13])
                .property("cpu_rt_runtime", r[13])
                .property("cpu_shares", r[13])
                .property("cpus", r[13])
                .property("cpuset", r[44])
                .property("credential_spec", r[45])
                .property("depends_on", r[50])
                .property("deploy", r[215])
                .property("develop", r[253])
                .property("device_cgroup_rules", r[15])
                .property("devices", r[52])
                .property("dns", r[17])
                .property("dns_opt", r[15])
                .property("dns_search", r[17])
                .property("domainname", r[58])
                .property("entrypoint", r[19])
                .property("env_file", r[59])
                .property("environment", r[22])
                .property("expose", r[63])
                .property("extends", r[65])
                .property("external_links", r[15])
                .property("extra_hosts", r[27])
                .property("gpus", r[209])
                .property("group_add", r[68])
                .property("healthcheck", r[172])
                .property("hostname", r[70])
                .property("image", r[71])
                .property("init", r[11])
                .property("ipc", r[72])
                .property("isolation", r[73])
                .property("label_file", r[74])
                .property("labels", r[22])
                .property("links", r[15])
                .property("logging", r[76])
                .property("mac_address", r[81])
                .property("mem_limit", r[13])
                .property("mem_reservation", r[12])
                .property("mem_swappiness", r[12])
                .property("memswap_limit", r[13])
                .property("models", r[82])
                .property("network_mode", r[88])
                .property("networks", r[89])
                .property("oom_kill_disable", r[11])
                .property("oom_score_adj", r[91])
                .property("pid", r[92])
                .property("pids_limit", r[13])
                .property("platform", r[93])
                .property("ports", r[94])
                .property("post_start", r[95])
                .property("pre_stop", r[96])
                .property("privileged", r[11])
                .property("profiles", r[15])
                .property("provider", r[97])
                .property("pre_start", r[103])
                .property("pull_policy", r[104])
                .property("pull_refresh_after", r[105])
                .property("read_only", r[11])
                .property("restart", r[106])
                .property("runtime", r[107])
                .property("scale", r[12])
                .property("secrets", r[156])
                .property("security_opt", r[15])
                .property("shm_size", r[13])
                .property("stdin_open", r[11])
                .property("stop_grace_period", r[21])
                .property("stop_signal", r[108])
                .property("storage_opt", r[109])
                .property("sysctls", r[22])
                .property("tmpfs", r[17])
                .property("tty", r[11])
                .property("ulimits", r[176])
                .property("use_api_socket", r[110])
                .property("user", r[111])
                .property("userns_mode", r[112])
                .property("uts", r[113])
                .property("volumes", r[114])
                .property("volumes_from", r[15])
                .property("working_dir", r[115]);
        r[39].type("string").enumValues("host", "private");
        r[40].type("string");
        r[41].type("string").pattern("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$", "^[a-zA-Z0-9][a-zA-Z0-9_.-]+\\z");
        r[42].type("string", "integer").minimum("0");
        r[43].type("string", "integer").minimum("0").maximum("100");
        r[44].type("string");
        r[45].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[46])
                .property("config", r[47])
                .property("file", r[48])
                .property("registry", r[49]);
        r[47].type("string");
        r[48].type("string");
        r[49].type("string");
        r[50].type("array", "object").items(r[51]).uniqueItems().additionalProperties(false)
                .patternProperty("^[a-zA-Z0-9._-]+$", "^[a-zA-Z0-9._-]+\\z", r[116]);
        r[51].type("string");
        r[52].type("array").items(r[53]);
        r[53].type("string", "object").required("source").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[54])
                .property("source", r[55])
                .property("target", r[56])
                .property("permissions", r[57]);
        r[55].type("string");
        r[56].type("string");
        r[57].type("string");
        r[58].type("string");
        r[59].type("string", "array").items(r[60]);
        r[60].type("string", "object").required("path").additionalProperties(false)
                .property("path", r[61])
                .property("format", r[62])
                .property("required", r[11]);
        r[61].type("string");
        r[62].type("string");
        r[63].type("array").items(r[64]).uniqueItems();
        r[64].type("string", "number");
        r[65].type("string", "object").required("service").additionalProperties(false)
                .property("service", r[66])
                .property("file", r[67]);
        r[66].type("string");
        r[67].type("string");
        r[68].type("array").items(r[69]).uniqueItems();
        r[69].type("string", "number");
        r[70].type("string");
        r[71].type("string");
        r[72].type("string");
        r[73].type("string");
        r[74].type("string", "array").items(r[75]);
        r[75].type("string");
        r[76].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[77])
                .property("driver", r[78])
                .property("options", r[79]);
        r[78].type("string");
        r[79].type("object")
                .patternProperty("^.+$", "^.+\\z", r[80]);
        r[80].type("string", "number", "null");
        r[81].type("string");
        r[82].type("array", "object").items(r[83]).uniqueItems()
                .patternProperty("^[a-zA-Z0-9._-]+$", "^[a-zA-Z0-9._-]+\\z", r[84]);
        r[83].type("string");
        r[84].type("object", "null").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[85])
                .property("endpoint_var", r[86])
                .property("model_var", r[87]);
        r[86].type("string");
        r[87].type("string");
        r[88].type("string");
        r[89].type("array", "object").items(r[90]).uniqueItems().additionalProperties(false)
                .patternProperty("^[a-zA-Z0-9._-]+$", "^[a-zA-Z0-9._-]+\\z", r[120]);
        r[90].type("string");
        r[91].type("string", "integer").minimum("-1000").maximum("1000");
        r[92].type("string", "null");
        r[93].type("string");
        r[94].type("array").uniqueItems().items(r[128]);
        r[95].type("array").items(r[163]);
        r[96].type("array").items(r[163]);
        r[97].type("object").required("type").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[98])
                .property("type", r[99])
                .property("options", r[100]);
        r[99].type("string");
        r[100].type("object")
                .patternProperty("^.+$", "^.+\\z", r[101]);
        r[101].type("string", "number", "boolean", "array").items(r[102]);
        r[102].type("string", "number", "boolean");
        r[103].type("array").items(r[167]);
        r[104].type("string").pattern("(always|never|build|if_not_present|missing|refresh|daily|weekly|every_[0-9]+[wdhms])", "(always|never|build|if_not_present|missing|refresh|daily|weekly|every_[0-9]+[wdhms])");
        r[105].type("string");
        r[106].type("string");
        r[107].type("string");
        r[108].type("string");
        r[109].type("object");
        r[110].type("boolean");
        r[111].type("string");
        r[112].type("string");
        r[113].type("string");
        r[114].type("array").uniqueItems().items(r[136]);
        r[115].type("string");
        r[116].type("object").required("condition").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[117])
                .property("condition", r[118])
                .property("required", r[119])
                .property("restart", r[11]);
        r[118].type("string").enumValues("service_started", "service_healthy", "service_completed_successfully");
        r[119].type("boolean");
        r[120].type("object", "null").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[121])
                .property("aliases", r[15])
                .property("driver_opts", r[25])
                .property("gw_priority", r[122])
                .property("interface_name", r[123])
                .property("ipv4_address", r[124])
                .property("ipv6_address", r[125])
                .property("link_local_ips", r[15])
                .property("mac_address", r[126])
                .property("priority", r[127]);
        r[122].type("number");
        r[123].type("string");
        r[124].type("string");
        r[125].type("string");
        r[126].type("string");
        r[127].type("number");
        r[128].type("number", "string", "object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[129])
                .property("name", r[130])
                .property("target", r[12])
                .property("published", r[131])
                .property("host_ip", r[132])
                .property("protocol", r[133])
                .property("app_protocol", r[134])
                .property("mode", r[135]);
        r[130].type("string");
        r[131].type("string", "integer");
        r[132].type("string");
        r[133].type("string");
        r[134].type("string");
        r[135].type("string");
        r[136].type("string", "object").required("type").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[137])
                .property("type", r[138])
                .property("source", r[139])
                .property("target", r[140])
                .property("read_only", r[11])
                .property("consistency", r[141])
                .property("bind", r[142])
                .property("volume", r[147])
                .property("tmpfs", r[150])
                .property("image", r[153]);
        r[138].type("string").enumValues("bind", "volume", "tmpfs", "cluster", "npipe", "image");
        r[139].type("string");
        r[140].type("string");
        r[141].type("string");
        r[142].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[143])
                .property("propagation", r[144])
                .property("create_host_path", r[11])
                .property("recursive", r[145])
                .property("selinux", r[146]);
        r[144].type("string");
        r[145].type("string").enumValues("enabled", "disabled", "writable", "readonly");
        r[146].type("string").enumValues("z", "Z");
        r[147].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[148])
                .property("labels", r[22])
                .property("nocopy", r[11])
                .property("subpath", r[149]);
        r[149].type("string");
        r[150].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[151])
                .property("size", r[152])
                .property("mode", r[13]);
        r[152].type("integer", "string").minimum("0");
        r[153].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[154])
                .property("subpath", r[155]);
        r[155].type("string");
        r[156].type("array").items(r[157]);
        r[157].type("string", "object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[158])
                .property("source", r[159])
                .property("target", r[160])
                .property("uid", r[161])
                .property("gid", r[162])
                .property("mode", r[13]);
        r[159].type("string");
        r[160].type("string");
        r[161].type("string");
        r[162].type("string");
        r[163].type("object").required("command").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[164])
                .property("command", r[19])
                .property("user", r[165])
                .property("privileged", r[11])
                .property("working_dir", r[166])
                .property("environment", r[22]);
        r[165].type("string");
        r[166].type("string");
        r[167].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[168])
                .property("command", r[19])
                .property("environment", r[22])
                .property("image", r[169])
                .property("per_replica", r[11])
                .property("privileged", r[11])
                .property("user", r[170])
                .property("working_dir", r[171]);
        r[169].type("string");
        r[170].type("string");
        r[171].type("string");
        r[172].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[173])
                .property("disable", r[11])
                .property("interval", r[21])
                .property("retries", r[13])
                .property("start_interval", r[21])
                .property("start_period", r[21])
                .property("test", r[174])
                .property("timeout", r[21]);
        r[174].type("string", "array").items(r[175]);
        r[175].type("string");
        r[176].type("object")
                .patternProperty("^[a-z]+$", "^[a-z]+\\z", r[177]);
        r[177].type("integer", "string", "object").required("soft", "hard").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[178])
                .property("hard", r[12])
                .property("soft", r[12]);
        r[179].type("string", "object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[180])
                .property("additional_contexts", r[22])
                .property("args", r[22])
                .property("cache_from", r[181])
                .property("cache_to", r[183])
                .property("context", r[185])
                .property("dockerfile", r[186])
                .property("dockerfile_inline", r[187])
                .property("entitlements", r[188])
                .property("extra_hosts", r[27])
                .property("isolation", r[190])
                .property("labels", r[22])
                .property("network", r[191])
                .property("no_cache", r[11])
                .property("no_cache_filter", r[17])
                .property("platforms", r[192])
                .property("privileged", r[11])
                .property("provenance", r[194])
                .property("pull", r[11])
                .property("sbom", r[195])
                .property("secrets", r[156])
                .property("shm_size", r[12])
                .property("ssh", r[22])
                .property("tags", r[196])
                .property("target", r[198])
                .property("ulimits", r[176]);
        r[181].type("array").items(r[182]);
        r[182].type("string");
        r[183].type("array").items(r[184]);
        r[184].type("string");
        r[185].type("string");
        r[186].type("string");
        r[187].type("string");
        r[188].type("array").items(r[189]);
        r[189].type("string");
        r[190].type("string");
        r[191].type("string");
        r[192].type("array").items(r[193]);
        r[193].type("string");
        r[194].type("string", "boolean");
        r[195].type("string", "boolean");
        r[196].type("array").items(r[197]);
        r[197].type("string");
        r[198].type("string");
        r[199].type("object").additionalProperties(false)
                .property("device_read_bps", r[200])
                .property("device_read_iops", r[201])
                .property("device_write_bps", r[202])
                .property("device_write_iops", r[203])
                .property("weight", r[12])
                .property("weight_device", r[204]);
        r[200].type("array").items(r[207]);
        r[201].type("array").items(r[207]);
        r[202].type("array").items(r[207]);
        r[203].type("array").items(r[207]);
        r[204].type("array").items(r[205]);
        r[205].type("object").additionalProperties(false)
                .property("path", r[206])
                .property("weight", r[12]);
        r[206].type("string");
        r[207].type("object").additionalProperties(false)
                .property("path", r[208])
                .property("rate", r[12]);
        r[208].type("string");
        r[209].type("string", "array").ifThen(r[210], r[211]).items(r[212]);
        r[210].type("string");
        r[211].enumValues("all");
        r[212].type("object")
                .property("capabilities", r[15])
                .property("count", r[213])
                .property("device_ids", r[15])
                .property("driver", r[214])
                .property("options", r[22]);
        r[213].type("string", "integer");
        r[214].type("string");
        r[215].type("object", "null").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[216])
                .property("endpoint_mode", r[217])
                .property("labels", r[22])
                .property("mode", r[218])
                .property("placement", r[219])
                .property("replicas", r[12])
                .property("resources", r[227])
                .property("restart_policy", r[242])
                .property("rollback_config", r[249])
                .property("update_config", r[249]);
        r[217].type("string");
        r[218].type("string");
        r[219].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[220])
                .property("constraints", r[221])
                .property("max_replicas_per_node", r[12])
                .property("preferences", r[223]);
        r[221].type("array").items(r[222]);
        r[222].type("string");
        r[223].type("array").items(r[224]);
        r[224].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[225])
                .property("spread", r[226]);
        r[226].type("string");
        r[227].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[228])
                .property("limits", r[229])
                .property("reservations", r[232]);
        r[229].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[230])
                .property("cpus", r[13])
                .property("memory", r[231])
                .property("pids", r[12]);
        r[231].type("string");
        r[232].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[233])
                .property("cpus", r[13])
                .property("devices", r[234])
                .property("generic_resources", r[235])
                .property("memory", r[241]);
        r[234].type("array").items(r[245]);
        r[235].type("array").items(r[236]);
        r[236].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[237])
                .property("discrete_resource_spec", r[238]);
        r[238].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[239])
                .property("kind", r[240])
                .property("value", r[13]);
        r[240].type("string");
        r[241].type("string");
        r[242].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[243])
                .property("condition", r[244])
                .property("delay", r[21])
                .property("max_attempts", r[12])
                .property("window", r[21]);
        r[244].type("string");
        r[245].type("object").required("capabilities").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[246])
                .property("capabilities", r[15])
                .property("count", r[247])
                .property("device_ids", r[15])
                .property("driver", r[248])
                .property("options", r[22]);
        r[247].type("string", "integer");
        r[248].type("string");
        r[249].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[250])
                .property("delay", r[21])
                .property("failure_action", r[251])
                .property("max_failure_ratio", r[13])
                .property("monitor", r[21])
                .property("order", r[252])
                .property("parallelism", r[12]);
        r[251].type("string");
        r[252].type("string").enumValues("start-first", "stop-first");
        r[253].type("object", "null").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[254])
                .property("watch", r[255]);
        r[255].type("array").items(r[256]);
        r[256].type("object").required("path", "action").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[257])
                .property("action", r[258])
                .property("exec", r[163])
                .property("ignore", r[17])
                .property("include", r[17])
                .property("initial_sync", r[259])
                .property("path", r[260])
                .property("target", r[261]);
        r[258].type("string").enumValues("rebuild", "sync", "restart", "sync+restart", "sync+exec");
        r[259].type("boolean");
        r[260].type("string");
        r[261].type("string");
        r[262].type("object", "null").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[263])
                .property("attachable", r[11])
                .property("driver", r[264])
                .property("driver_opts", r[25])
                .property("enable_ipv4", r[11])
                .property("enable_ipv6", r[11])
                .property("external", r[279])
                .property("internal", r[11])
                .property("ipam", r[265])
                .property("labels", r[22])
                .property("name", r[278]);
        r[264].type("string");
        r[265].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[266])
                .property("driver", r[267])
                .property("config", r[268])
                .property("options", r[276]);
        r[267].type("string");
        r[268].type("array").items(r[269]);
        r[269].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[270])
                .property("subnet", r[271])
                .property("ip_range", r[272])
                .property("gateway", r[273])
                .property("aux_addresses", r[274]);
        r[271].type("string");
        r[272].type("string");
        r[273].type("string");
        r[274].type("object").additionalProperties(false)
                .patternProperty("^.+$", "^.+\\z", r[275]);
        r[275].type("string");
        r[276].type("object").additionalProperties(false)
                .patternProperty("^.+$", "^.+\\z", r[277]);
        r[277].type("string");
        r[278].type("string");
        r[279].type("boolean", "string", "object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[280])
                .property("name", r[281]);
        r[281].type("string");
        r[282].type("boolean", "string", "object")
                .property("name", r[283]);
        r[283].type("string");
        r[284].type("object", "null").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[285])
                .property("driver", r[286])
                .property("driver_opts", r[25])
                .property("external", r[279])
                .property("labels", r[22])
                .property("name", r[287]);
        r[286].type("string");
        r[287].type("string");
        r[288].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[289])
                .property("driver", r[290])
                .property("driver_opts", r[25])
                .property("environment", r[291])
                .property("external", r[282])
                .property("file", r[292])
                .property("labels", r[22])
                .property("name", r[293])
                .property("template_driver", r[294]);
        r[290].type("string");
        r[291].type("string");
        r[292].type("string");
        r[293].type("string");
        r[294].type("string");
        r[295].type("object").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[296])
                .property("content", r[297])
                .property("environment", r[298])
                .property("external", r[282])
                .property("file", r[299])
                .property("labels", r[22])
                .property("name", r[300])
                .property("template_driver", r[301]);
        r[297].type("string");
        r[298].type("string");
        r[299].type("string");
        r[300].type("string");
        r[301].type("string");
        r[302].type("object").required("model").additionalProperties(false)
                .patternProperty("^x-", "^x-", r[303])
                .property("context_size", r[304])
                .property("model", r[305])
                .property("name", r[306])
                .property("runtime_flags", r[307]);
        r[304].type("integer");
        r[305].type("string");
        r[306].type("string");
        r[307].type("array").items(r[308]);
        r[308].type("string");
        ROOT = r[0];
    }
}
