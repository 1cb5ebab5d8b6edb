// Golden tests for a.getfield / a.setfield (test/fixtures/fields.json, test/gen/gen_fields.py):
// views of part of each element's bytes as another dtype; setfield's writes through them.
import { test } from "uvu";
import * as assert from "uvu/assert";
import np from "../dist/esm/index.js";
import { specTests } from "./helpers.mjs";

specTests(test, np, {}, "fields");

test("getfield is a view: writes through it reach the array, and the array's through it", () => {
  const a = np.array([0x01020304, -1], "int32");
  const hi = a.getfield("int16", 2);
  assert.ok(hi._owner === a._owner);
  hi.set(0, 0x0a0b);
  assert.is(a.get(0), 0x0a0b0304);
  a.set(1, 0x7fff0000);
  assert.is(hi.get(1), 0x7fff);
  assert.is(a.getfield("int16", 1).flags.aligned, false);
});

test.run();
