/*
 * A stand-in for certutil.exe (and net.exe) under Wine, for the tier that runs the generated
 * repair-keyspec.cmd. Built by the test with x86_64-w64-mingw32-gcc and installed into a private
 * WINEPREFIX as C:\windows\system32\certutil.exe and net.exe. Everything goes through C:\fake\:
 *
 *   log.txt            one line per run: the program name, then each argument, separated by tabs
 *   rc-<n>.txt         exit code of the n-th call of either program, counted as lines of log.txt
 *                      (signed, e.g. -2146885628); default 0
 *   out-<n>.txt        what the n-th call prints instead of its usual output
 *   keyspec-<serial>   the KeySpec a dump shows for that serial (default 2); -repairstore sets it from
 *                      the INF's KeySpec= line, so a rollback INF puts the old value back
 *   net-rc.txt         exit code of net.exe (default 0: "elevated")
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

static const char *dir = "C:\\fake\\";

static FILE *open_in_dir(const char *name, const char *mode) {
  char path[MAX_PATH];
  snprintf(path, sizeof path, "%s%s", dir, name);
  return fopen(path, mode);
}

static int read_int(const char *name, int fallback) {
  FILE *f = open_in_dir(name, "r");
  if (!f) return fallback;
  long value = fallback;
  if (fscanf(f, "%ld", &value) != 1) value = fallback;
  fclose(f);
  return (int)value;
}

static int count_lines(const char *name) {
  FILE *f = open_in_dir(name, "r");
  if (!f) return 0;
  int n = 0, c;
  while ((c = fgetc(f)) != EOF) if (c == '\n') n++;
  fclose(f);
  return n;
}

static void log_call(const char *program, int argc, char **argv) {
  FILE *f = open_in_dir("log.txt", "a");
  if (!f) return;
  fputs(program, f);
  for (int i = 1; i < argc; i++) fprintf(f, "\t%s", argv[i]);
  fputc('\n', f);
  fclose(f);
}

static int print_file(const char *name) {
  FILE *f = open_in_dir(name, "r");
  if (!f) return 0;
  int c;
  while ((c = fgetc(f)) != EOF) putchar(c);
  fclose(f);
  return 1;
}

/* The KeySpec=<n> value of an INF in the current folder, or -1 when it cannot be read. */
static int inf_keyspec(const char *file) {
  FILE *f = fopen(file, "r");
  if (!f) return -1;
  char line[4096];
  int keyspec = -1;
  while (fgets(line, sizeof line, f)) {
    char *at = strstr(line, "KeySpec=");
    if (at && line[0] != ';') keyspec = atoi(at + 8);
  }
  fclose(f);
  return keyspec;
}

static void dump(const char *serial) {
  printf("my \"Personal\"\r\n================ Certificate 0 ================\r\n");
  printf("Serial Number: %s\r\n", serial);
  char name[300];
  snprintf(name, sizeof name, "keyspec-%s", serial);
  int keyspec = read_int(name, 2);
  printf("  CERT_KEY_PROV_INFO_PROP_ID(2):\r\n    Key Container = Fabrikam Issuing CA 1\r\n");
  printf("    Provider = Microsoft Software Key Storage Provider\r\n    ProviderType = 0\r\n    Flags = 20\r\n");
  printf("    KeySpec = %d -- %s\r\n", keyspec, keyspec == 0 ? "XCN_AT_NONE" : "AT_SIGNATURE");
}

int main(int argc, char **argv) {
  char self[MAX_PATH];
  GetModuleFileNameA(NULL, self, sizeof self);
  const char *base = strrchr(self, '\\');
  base = base ? base + 1 : self;
  int call = count_lines("log.txt") + 1;
  char name[64];
  snprintf(name, sizeof name, "rc-%d.txt", call);
  int rc = read_int(name, 0);
  if (_stricmp(base, "net.exe") == 0) {
    log_call("net", argc, argv);
    ExitProcess((UINT)read_int("net-rc.txt", rc));
  }
  log_call("certutil", argc, argv);
  snprintf(name, sizeof name, "out-%d.txt", call);
  if (print_file(name)) {
    fflush(stdout);
    ExitProcess((UINT)rc);
  }
  const char *verb = "";
  int at = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-store") == 0 || strcmp(argv[i], "-repairstore") == 0) {
      verb = argv[i];
      at = i;
      break;
    }
  }
  if (rc == 0 && strcmp(verb, "-repairstore") == 0 && at + 3 < argc) {
    int keyspec = inf_keyspec(argv[at + 3]);
    if (keyspec < 0) {
      rc = (int)0x80070002; /* the INF is not in the current folder */
    } else {
      char state[300];
      snprintf(state, sizeof state, "keyspec-%s", argv[at + 2]);
      FILE *f = open_in_dir(state, "w");
      if (f) {
        fprintf(f, "%d\n", keyspec);
        fclose(f);
      }
    }
  } else if (rc == 0 && strcmp(verb, "-store") == 0 && at + 2 < argc) {
    dump(argv[at + 2]);
  } else if (rc == 0 && strcmp(verb, "-store") == 0) {
    printf("my \"Personal\"\r\n");
  }
  if (rc != 0) printf("CertUtil: %s command FAILED: 0x%08lx (%d)\r\n", verb, (unsigned long)(unsigned int)rc, rc);
  else printf("CertUtil: %s command completed successfully.\r\n", verb);
  fflush(stdout);
  ExitProcess((UINT)rc);
}
