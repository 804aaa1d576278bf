import { describe, expect, it } from "vitest";
import { errorMessage } from "./api";

describe("errorMessage", () => {
  it("reads the message of a command error", () => {
    expect(errorMessage({ code: "database_locked", message: "lib.sqlite3: locked" })).toBe(
      "lib.sqlite3: locked",
    );
  });
  it("falls back to the text of anything else", () => {
    expect(errorMessage("plain failure")).toBe("plain failure");
  });
});
