/**
 * German: the server's messages, in the terms German Windows uses for AD CS and certutil
 * (Zertifizierungsstelle, Schlüsselspeicheranbieter, Kryptografiedienstanbieter, Schlüsselcontainer, Anbieter).
 * certutil's own field names (KeySpec, ProviderType, Flags) and commands stay as certutil prints and reads them.
 */

import type { ServerBundle } from './serverMessages';

export const de: ServerBundle = {
  messages: {
    'keyspec.ksp-nonzero':
      '{certificate}KeySpec ist {keySpec}, aber der Schlüssel liegt in einem CNG-Schlüsselspeicheranbieter ({provider}). Ein CNG-Schlüssel hat keine Schlüsselspezifikation, daher muss KeySpec 0 sein, sonst schlägt die Erneuerung des Zertifikats mit dem vorhandenen Schlüssel fehl. {advice}',
    'provider.type-mismatch': '{provider} ist {providerKind}, aber ProviderType ist {providerType}. {expected}',
    'dump.not-verbose':
      'Diese Ausgabe wurde ohne -v erstellt und zeigt daher weder ProviderType noch Flags oder KeySpec. Führen Sie `certutil -v -store {store}` erneut aus, um den KeySpec ihrer Schlüssel zu prüfen.',
    'keyprov.incomplete': 'Dieser Schlüsselanbieterblock ist unvollständig (kein {missing}), daher lässt sich sein KeySpec nicht beurteilen.',
    'compare.fixed': 'Repariert seit {before}: KeySpec war {keySpecBefore}, jetzt {keySpecAfter}.',
    'compare.changed': 'Geändert seit {before}: {changes}. Prüfen Sie, ob das beabsichtigt war.',
    'compare.appeared': 'Dieses Zertifikat ist nicht in {before}.',
    'key.missing':
      '{what}: Dieses Zertifikat hat die Verbindung zu seinem privaten Schlüssel verloren, daher schlagen die Erneuerung mit dem vorhandenen Schlüssel, das Signieren und das Entschlüsseln fehl. {repair}',
    'key.container-inconsistent': '{detail} {which}',
    'key.container-hash':
      'Der eindeutige Containername beginnt mit {actual}, aber der MD5-Hash des kleingeschriebenen Containernamens „{container}“ ({encoding}) ist {expected}. Die Ausgabe wurde möglicherweise bearbeitet oder abgetippt: Kopieren Sie die Namen aus einer neuen Ausgabe von `certutil -v -store`.',
    'ca.csp-no-sha2':
      'Dieser ZS-Schlüssel liegt in {provider} (PROV_RSA_FULL), der nicht mit SHA-2 signieren kann. Verschieben Sie den ZS-Schlüssel in einen Schlüsselspeicheranbieter (Migration von CSP zu KSP), bevor Sie mit SHA-256 erneuern.',
    'ca.sha1':
      'Dieses ZS-Zertifikat ist mit {algorithm} signiert. Clients lehnen SHA-1-Signaturen auf ZS-Zertifikaten ab: Erneuern Sie es mit SHA-256 bei seinem Aussteller.',
    'key.short':
      'Der RSA-Schlüssel hat {bits} Bit, weniger als {minimum}. Eine Erneuerung mit dem vorhandenen Schlüssel behält diese Länge bei: Erneuern Sie mit einem neuen Schlüssel von {minimum} Bit oder mehr.',
    'cert.expired': 'Dieses {what} ist am {date} abgelaufen (vor {days} Tagen).{superseded}',
    'cert.expiring': 'Dieses {what} läuft am {date} ab, in {days} Tagen.{advice}',
    'keyspec.consumer':
      'KeySpec ist 2 (AT_SIGNATURE) auf einem Schlüssel eines älteren CSP, aber {rule}: Schannel (IIS, SQL Server, RDP) braucht für einen CSP-Schlüssel AT_KEYEXCHANGE (KeySpec 1). Erstellen Sie eine Reparatur-INF (Schnellkorrektur), die KeySpec=1 setzt.',
    'certutil.failed': '{source} ist mit {hex} {name} fehlgeschlagen: {meaning} Weiter: {next}',
    'careg.provider-mismatch':
      'Die Registrierung der Zertifizierungsstelle (ca\\csp) nennt {registry}, aber der Schlüssel ihres aktuellen ZS-Zertifikats (Zertifikat {index}) liegt in {certificate}. CertSvc öffnet den Anbieter, den die Registrierung nennt: Bringen Sie beide in Übereinstimmung (certutil -setreg ca\\csp\\Provider, ProviderType) oder reparieren Sie das Zertifikat.',
    'careg.cng-hash-on-csp':
      'CNGHashAlgorithm ist {value}, aber der Anbieter der Zertifizierungsstelle ist ein CSP, der mit HashAlgorithm signiert: Dieser Wert wirkt erst, wenn der ZS-Schlüssel in einen KSP verschoben ist.',
    'careg.hash-confusion':
      'HashAlgorithm ist {value}, aber eine Zertifizierungsstelle auf einem Schlüsselspeicheranbieter signiert mit CNGHashAlgorithm, das nicht gesetzt ist. Setzen Sie es: certutil -setreg ca\\csp\\CNGHashAlgorithm SHA256.',
    'careg.interactive':
      'Interactive ist 1 mit {provider}: Die ZS lässt den Anbieter eigene Dialoge anzeigen (Operatorkarte, Passphrase), wenn CertSvc den Schlüssel verwendet. Wenn das HSM nicht so eingerichtet ist, dass es einen Operator braucht, setzen Sie den Wert auf 0 (certutil -setreg ca\\csp\\Interactive 0); andernfalls muss jemand an der Konsole antworten, sobald CertSvc startet oder signiert.',
    'limits.too-many-problems': 'Angezeigt werden die {shown} schwersten von {total} Problemen (Einstellung certutil.maxProblems).',
    'limits.inf-too-large': 'Diese INF ist {size} MB groß, weit größer als jede certutil-INF, daher wird sie nicht geprüft.',
    'internal.error':
      'Dieser Teil konnte nicht geprüft werden: {what} ist daran gescheitert. Der Fehler steht im Ausgabekanal „Certutil“; bitte melden Sie ihn.',
    'inf.unterminated-quote':
      'Diese Zeichenfolge in Anführungszeichen ist nicht geschlossen: In einer INF enden Anführungszeichen in derselben Zeile, daher wird der Rest der Zeile (auch ein `;`-Kommentar) als Wert gelesen.',
    'inf.outside-section':
      'Dieser Eintrag steht außerhalb jedes Abschnitts, daher ignorieren certutil und certreq ihn. Setzen Sie ihn unter eine [Abschnitt]-Überschrift.',
    'inf.bad-section-header': 'Eine Abschnittsüberschrift ist `[Name]` allein in ihrer Zeile (ein `;`-Kommentar darf folgen). {detail}',
    'inf.slash-comment':
      '`{marker}` leitet in einer INF-Datei keinen Kommentar ein: certutil liest diesen Text als Teil des Werts. Nur `;` leitet einen Kommentar ein.',
    'inf.not-key-value': 'Diese Zeile ist nicht `Schlüssel = Wert`, daher kann {program} sie nicht lesen.',
    'inf.misspelt-section': 'Unbekannter Abschnitt [{name}]: Meinten Sie [{suggestion}]? Ein falsch geschriebener Abschnitt wird stillschweigend ignoriert.',
    'inf.signature': 'Die Signatur sollte "$Windows NT$" lauten (mit geraden Anführungszeichen), nicht {value}.',
    'inf.duplicate-key': '{key} ist in [{section}] mehrmals gesetzt; welcher Wert gilt, ist nicht dokumentiert. Behalten Sie einen.',
    'inf.continue-without-key': '`_continue_` hängt an den Eintrag darüber an, aber in diesem Abschnitt gibt es keinen.',
    'inf.placeholder': '{value} sieht wie ein aus einer Vorlage übrig gebliebener Platzhalter aus. Ersetzen Sie ihn durch den echten {what}.',
    'inf.property-id': '{key} ist keine Eigenschafts-ID: Schlüssel in [Properties] sind Dezimalzahlen wie 2 (Schlüsselanbieter) oder 11 (Anzeigename).{hint}',
    'inf.property-id-unknown': 'Die Eigenschafts-ID {id} ist in wincrypt.h nicht definiert (IDs 1-107); prüfen Sie die Zahl.',
    'inf.eku-not-oid': '{value} ist keine OID: Erweiterte Schlüsselverwendungen werden als Zahlen mit Punkten geschrieben, etwa 1.3.6.1.5.5.7.3.1.',
    'keyprov.missing-ampersand':
      'Dieses Fragment endet nicht mit `&`, daher klebt certutil es an das nächste ({glued}). Jedes Fragment außer dem letzten endet mit `&`.',
    'keyprov.trailing-ampersand':
      'Das letzte Paar sollte nicht mit `&` enden (die Hilfe von certutil und der Ausgangsartikel schreiben `KeySpec=...` ohne); certutil liest danach möglicherweise ein leeres Paar.',
    'keyprov.unknown-pair':
      '{name} ist kein Feld der Schlüsselanbieterinformationen. Die Felder sind Container, Provider, ProviderType, Flags und KeySpec.{hint}',
    'keyprov.bad-pair': '{text} ist kein Paar `Name=Wert`.',
    'keyprov.duplicate-pair': '{name} steht zweimal in dieser Schlüsselanbieter-Zeichenfolge; welches certutil behält, ist nicht dokumentiert.',
    'keyprov.missing-pair': 'Den Schlüsselanbieterinformationen fehlt {name}. {why}',
    'keyprov.bad-value': '{name}={value} ist ungültig: {expected}',
    'keyprov.flags-not-hex':
      'Flags={value} lässt sich auf zwei Arten lesen. certutil -v gibt Flags hexadezimal aus, aber es ist nicht dokumentiert, ob certutil eine bloße Zahl in einer INF hexadezimal oder dezimal liest. Schreiben Sie {asHex}, wenn Sie hexadezimal {value} meinen, oder {asDecimal}, wenn Sie dezimal {value} meinen.',
    'certreq.unknown-key': '{key} ist kein Schlüssel von [NewRequest], den certreq dokumentiert.{hint}',
    'certreq.bad-value': '{value} ist kein gültiger Wert für {key}: erwartet wird {expected}.{hint}',
    'certreq.weak-key': 'KeyLength {value} ist für RSA schwach; verwenden Sie 2048 oder mehr.',
    'capolicy.unknown-key': '{key} ist kein Schlüssel von [{section}].{hint}',
    'capolicy.bad-value': '{value} ist kein gültiger Wert für {key}: erwartet wird {expected}.{hint}',
    'capolicy.https-url':
      'HTTPS wird für Sperrlisten-Verteilungspunkte und AIA-Speicherorte nicht unterstützt; Clients könnten {value} nicht abrufen. Verwenden Sie http oder ldap.',
    'capolicy.missing-policy-section': 'Policies nennt {name}, aber es gibt keinen Abschnitt [{name}] mit seiner OID.',
    'capolicy.unreferenced-policy': '[{name}] steht in keiner Policies=-Zeile und hat daher keine Wirkung.',
    'capolicy.sample-oid': '{value} ist die Beispiel-OID aus dem CAPolicy.inf-Artikel von Microsoft; verwenden Sie eine OID aus Ihrem eigenen Bereich.',
    'capolicy.missing-version':
      'CAPolicy.inf braucht am Anfang einen Abschnitt [Version] mit Signature="$Windows NT$"; er ist der einzige erforderliche Abschnitt.',
    'keyspec.csp-none':
      'KeySpec ist 0 (AT_NONE), aber {provider} ist ein älterer CryptoAPI-CSP: Ein CSP spricht seine Schlüssel mit AT_KEYEXCHANGE (1) oder AT_SIGNATURE (2) an, daher bezeichnet KeySpec 0 keinen nutzbaren Schlüssel. Schreiben Sie die Schlüsselspezifikation, mit der der Schlüssel erstellt wurde ({program} liest diesen Wert).',
    'provider.algorithm-prefix':
      '`{algorithm}#` ist die Schreibweise, mit der Install-AdcsCertificationAuthority -CryptoProviderName den Schlüsselalgorithmus angibt; {program} erwartet nur den Anbieternamen ({provider}) und findet keinen Anbieter dieses Namens.',
    'provider.type-unknown':
      'ProviderType {value} ist kein Anbietertyp, den Windows definiert (0 für einen KSP oder ein PROV_*-Wert wie 1 PROV_RSA_FULL oder 24 PROV_RSA_AES). Prüfen Sie den Typ mit certutil -csplist.',
    'capolicy.unknown-section':
      'Das Setup der Zertifizierungsstelle liest keinen Abschnitt [{name}], und keine Zeile Policies=, Include= oder Exclude= nennt ihn, daher wird er ignoriert.',
    'capolicy.policy-without-oid':
      '[{name}] wird in Policies= genannt, hat aber keine OID; jede Richtlinie braucht ihre OID, daher kann das Setup der Zertifizierungsstelle diese Richtlinie nicht erstellen.',
    'capolicy.unlisted-policy': '[{name}] sieht wie ein Richtlinienabschnitt aus, aber die Zeile Policies= listet ihn nicht, daher wird er nie wirksam.',
    'certreq.placeholder':
      '{value} sieht wie ein aus einer Vorlage übrig gebliebener Platzhalter aus; certreq würde ihn unverändert in die Anforderung übernehmen. Ersetzen Sie ihn durch den echten {what}.',
  },
  phrases: {
    // keyspec.ksp-nonzero
    'Certificate {label} (serial {serial}, valid {validity}): ': 'Zertifikat {label} (Seriennummer {serial}, gültig {validity}): ',
    'Certificate {label} (serial {serial}): ': 'Zertifikat {label} (Seriennummer {serial}): ',
    'Certificate {label} (valid {validity}): ': 'Zertifikat {label} (gültig {validity}): ',
    'Certificate {label}: ': 'Zertifikat {label}: ',
    'Generate a repair INF (quick fix) to set KeySpec=0.': 'Erstellen Sie eine Reparatur-INF (Schnellkorrektur), die KeySpec=0 setzt.',
    'Generate a repair INF (quick fix) to set KeySpec=0. {reason}': 'Erstellen Sie eine Reparatur-INF (Schnellkorrektur), die KeySpec=0 setzt. {reason}',
    'Generate a repair INF (quick fix) to set KeySpec=0. The dump shows no serial number: the repair names the certificate by its SHA-1 hash.':
      'Erstellen Sie eine Reparatur-INF (Schnellkorrektur), die KeySpec=0 setzt. Die Ausgabe zeigt keine Seriennummer: Die Reparatur nennt das Zertifikat über seinen SHA-1-Hash.',
    "{explanation} This is not a CA certificate, so the provider's rule wins: no KeySpec=0 repair is offered (source: {source}).":
      '{explanation} Dies ist kein ZS-Zertifikat, daher gilt die Regel des Anbieters: Es wird keine Reparatur auf KeySpec=0 angeboten (Quelle: {source}).',
    '{explanation} But this is a CA certificate, and renewing it with its existing key needs KeySpec 0: the CA rule wins (source: {source}). {next}':
      '{explanation} Dies ist aber ein ZS-Zertifikat, und seine Erneuerung mit dem vorhandenen Schlüssel braucht KeySpec 0: Die Regel für Zertifizierungsstellen gilt (Quelle: {source}). {next}',
    'Google Cloud KMS Provider has been reported to refuse opening a key with KeySpec 0 ("unsupported legacy key spec specified: 0", NTE_NOT_SUPPORTED), so setting KeySpec=0 can leave the key unusable through this provider.':
      'Vom Google Cloud KMS Provider wird berichtet, dass er das Öffnen eines Schlüssels mit KeySpec 0 verweigert („unsupported legacy key spec specified: 0“, NTE_NOT_SUPPORTED); KeySpec=0 kann den Schlüssel über diesen Anbieter also unbrauchbar machen.',
    'A smart-card container holds up to two keys, one AT_KEYEXCHANGE and one AT_SIGNATURE, and the card minidriver creates and reads each by that key spec, so KeySpec here names which key of the container the certificate uses.':
      'Ein Smartcard-Container enthält bis zu zwei Schlüssel, einen AT_KEYEXCHANGE und einen AT_SIGNATURE, und der Kartenminitreiber erstellt und liest jeden über diese Schlüsselspezifikation; KeySpec bezeichnet hier also, welchen Schlüssel des Containers das Zertifikat verwendet.',
    'No repair INF can be offered: {reason}': 'Es kann keine Reparatur-INF angeboten werden: {reason}',
    'Set KeySpec=0 here.': 'Setzen Sie hier KeySpec=0.',
    'The dump shows {missing} for this certificate (only {found}): choose the store before a repair is written.':
      'Die Ausgabe zeigt für dieses Zertifikat {missing} (nur {found}): Wählen Sie den Speicher, bevor eine Reparatur geschrieben wird.',
    'The dump shows {missing} for this certificate: choose the store before a repair is written.':
      'Die Ausgabe zeigt für dieses Zertifikat {missing}: Wählen Sie den Speicher, bevor eine Reparatur geschrieben wird.',
    'nothing that tells the machine store from the user store': 'nichts, was den Computerspeicher vom Benutzerspeicher unterscheidet',
    'no store name and nothing that tells the machine store from the user store':
      'keinen Speichernamen und nichts, was den Computerspeicher vom Benutzerspeicher unterscheidet',
    'the store header {name}': 'die Speicherüberschrift {name}',
    'The dump contradicts itself about whether the certificate is in the machine or the user store ({found}): choose the store before a repair is written.':
      'Die Ausgabe widerspricht sich darin, ob das Zertifikat im Computer- oder im Benutzerspeicher liegt ({found}): Wählen Sie den Speicher, bevor eine Reparatur geschrieben wird.',
    'The dump shows no Key Container line for this key, so a KeyProv.inf cannot name the key to keep.':
      'Die Ausgabe zeigt für diesen Schlüssel keine Zeile „Schlüsselcontainer“ (Key Container), daher kann eine KeyProv.inf den zu behaltenden Schlüssel nicht nennen.',
    'The dump shows neither the serial number nor the SHA-1 certificate hash of this certificate, so no repair command can name it.':
      'Die Ausgabe zeigt weder die Seriennummer noch den SHA-1-Zertifikathash dieses Zertifikats, daher kann kein Reparaturbefehl es nennen.',
    'certreq creates a new CNG key, which has no key spec (CertEnroll sets KeySpec 0 for a KSP); write KeySpec=0 or leave it out so the file says what happens.':
      'certreq erstellt einen neuen CNG-Schlüssel, der keine Schlüsselspezifikation hat (CertEnroll setzt für einen KSP KeySpec 0); schreiben Sie KeySpec=0 oder lassen Sie es weg, damit die Datei sagt, was geschieht.',
    // provider.type-mismatch
    'a CNG Key Storage Provider': 'ein CNG-Schlüsselspeicheranbieter',
    'a legacy CryptoAPI provider': 'ein älterer CryptoAPI-Anbieter',
    'A KSP has ProviderType 0.': 'Ein KSP hat ProviderType 0.',
    'This CSP has ProviderType {type}.': 'Dieser CSP hat ProviderType {type}.',
    // cert.expired, cert.expiring
    'CA certificate': 'ZS-Zertifikat',
    certificate: 'Zertifikat',
    ' Renew it before then.': ' Erneuern Sie es vorher.',
    ' Renew the CA certificate now (with the existing key only if its KeySpec and provider are healthy).':
      ' Erneuern Sie das ZS-Zertifikat jetzt (mit dem vorhandenen Schlüssel nur, wenn KeySpec und Anbieter in Ordnung sind).',
    ' Certificate {index} of the same subject is valid longer, so this one is an earlier generation.':
      ' Zertifikat {index} mit demselben Antragsteller ist länger gültig, daher ist dieses eine frühere Generation.',
    // key.missing (and its related lines)
    'certutil reports "Missing stored keyset" (the container named in the certificate is not there)':
      'certutil meldet „Missing stored keyset“ (der im Zertifikat genannte Container ist nicht vorhanden)',
    'The certificate has no key-provider property': 'Das Zertifikat hat keine Schlüsselanbietereigenschaft',
    'certutil cannot find the private key of this certificate': 'certutil findet den privaten Schlüssel dieses Zertifikats nicht',
    'The encryption test with the private key FAILED': 'Der Verschlüsselungstest mit dem privaten Schlüssel ist FEHLGESCHLAGEN',
    'The signature test with the private key FAILED': 'Der Signaturtest mit dem privaten Schlüssel ist FEHLGESCHLAGEN',
    "certutil could not verify the certificate's public key against the private key":
      'certutil konnte den öffentlichen Schlüssel des Zertifikats nicht mit dem privaten Schlüssel abgleichen',
    'Certificate {index} has the same key (same Key Id Hash) in container "{container}": generate a KeyProv INF for it (quick fix), or run {command}.':
      'Zertifikat {index} hat denselben Schlüssel (gleicher Key Id Hash) im Container „{container}“: Erstellen Sie dafür eine KeyProv-INF (Schnellkorrektur) oder führen Sie {command} aus.',
    'Run {command} (elevated): without an INF, certutil searches the key providers for the key that matches the certificate. If none does, the key is gone: restore it from a backup (PFX) or renew with a new key.':
      'Führen Sie {command} mit erhöhten Rechten aus: Ohne INF sucht certutil bei den Schlüsselanbietern nach dem Schlüssel, der zum Zertifikat passt. Passt keiner, ist der Schlüssel verloren: Stellen Sie ihn aus einer Sicherung (PFX) wieder her oder erneuern Sie mit einem neuen Schlüssel.',
    'The dump shows no serial number to repair it by.': 'Die Ausgabe zeigt keine Seriennummer, über die es sich reparieren ließe.',
    "The same key's container, on another certificate": 'Der Container desselben Schlüssels, auf einem anderen Zertifikat',
    'This is a CA certificate': 'Dies ist ein ZS-Zertifikat',
    'The key container the repair INF keeps': 'Der Schlüsselcontainer, den die Reparatur-INF beibehält',
    'The CNG Key Storage Provider that holds the key': 'Der CNG-Schlüsselspeicheranbieter, der den Schlüssel enthält',
    'The key provider of the current CA certificate': 'Der Schlüsselanbieter des aktuellen ZS-Zertifikats',
    'The name certutil read from the key itself': 'Der Name, den certutil aus dem Schlüssel selbst gelesen hat',
    'The provider named here': 'Der hier genannte Anbieter',
    'First set here': 'Zuerst hier gesetzt',
    // key.container-inconsistent
    "certutil found that the container named in the certificate is not the key's own container.":
      'certutil hat festgestellt, dass der im Zertifikat genannte Container nicht der eigene Container des Schlüssels ist.',
    'Key Container is empty: the certificate names no container, so no provider can open its key.':
      'Key Container (Schlüsselcontainer) ist leer: Das Zertifikat nennt keinen Container, daher kann kein Anbieter seinen Schlüssel öffnen.',
    'Key Container "{container}" is not the key\'s container name "{simple}".':
      'Key Container „{container}“ ist nicht der Containername „{simple}“ des Schlüssels.',
    'Container= in a KeyProv INF takes the name the provider lists for this key (certutil -key, or certutil -csp "<provider>" -key): the Key Container value is only what the certificate remembers.':
      'Container= in einer KeyProv-INF nimmt den Namen, den der Anbieter für diesen Schlüssel auflistet (certutil -key oder certutil -csp "<provider>" -key): Der Wert von Key Container ist nur das, was sich das Zertifikat merkt.',
    'Container= in a KeyProv INF takes the Simple container name "{simple}": it is the name the provider knows the key by; the Key Container value is what the certificate remembers.':
      'Container= in einer KeyProv-INF nimmt den Simple container name „{simple}“: Unter diesem Namen kennt der Anbieter den Schlüssel; der Wert von Key Container ist das, was sich das Zertifikat merkt.',
    // keyspec.consumer
    'the certificate has the Server Authentication EKU (1.3.6.1.5.5.7.3.1), so a TLS server uses it':
      'das Zertifikat hat die erweiterte Schlüsselverwendung Serverauthentifizierung (1.3.6.1.5.5.7.3.1), also verwendet es ein TLS-Server',
    // internal.error
    'the dump parser': 'der Parser für certutil-Ausgaben',
    'the INF parser': 'der INF-Parser',
    'the {name} check': 'die Prüfung {name}',
    // INF checks
    ' Did you mean {suggestion}?': ' Meinten Sie {suggestion}?',
    'The closing `]` is missing.': 'Die schließende `]` fehlt.',
    'Move this text to a line of its own.': 'Verschieben Sie diesen Text in eine eigene Zeile.',
    ' Property ids run from 1 to 65535.': ' Eigenschafts-IDs reichen von 1 bis 65535.',
    'one of {values}': 'einer von {values}',
    'a number from {low} to {high}': 'eine Zahl von {low} bis {high}',
    'a dotted OID such as {oid}': 'eine OID mit Punkten wie {oid}',
    'flag names joined by | or a hex number such as {example}': 'durch | verbundene Flag-Namen oder eine Hexadezimalzahl wie {example}',
    value: 'Wert',
    'DNS name': 'DNS-Namen',
    'name in the distinguished name': 'Namen im definierten Namen',
    'key container name (`Key Container` in certutil -v -store)': 'Schlüsselcontainernamen (`Key Container` in certutil -v -store)',
    'Without it the certificate is linked to no key.': 'Ohne ihn ist das Zertifikat mit keinem Schlüssel verbunden.',
    'Without it certutil cannot tell which provider holds the key.': 'Ohne ihn kann certutil nicht erkennen, welcher Anbieter den Schlüssel enthält.',
    'What certutil records without it is not documented; write KeySpec=0 for a KSP key, 1 or 2 for a CSP key.':
      'Was certutil ohne ihn speichert, ist nicht dokumentiert; schreiben Sie KeySpec=0 für einen KSP-Schlüssel, 1 oder 2 für einen CSP-Schlüssel.',
    '{provider} is a CSP of type {type}; without ProviderType certutil may record 0, the KSP type.':
      '{provider} ist ein CSP vom Typ {type}; ohne ProviderType speichert certutil möglicherweise 0, den KSP-Typ.',
    'expected a number: 0 for a KSP, the CSP type otherwise.': 'erwartet wird eine Zahl: 0 für einen KSP, sonst der CSP-Typ.',
    'expected a number such as {example} or 0.': 'erwartet wird eine Zahl wie {example} oder 0.',
    "write the number {n}: certutil's help and the seed article only show numbers here.":
      'schreiben Sie die Zahl {n}: Die Hilfe von certutil und der Ausgangsartikel zeigen hier nur Zahlen.',
    'it is empty.': 'er ist leer.',
    // ---- what the glue shows besides diagnostics: quick fixes, code lenses, inlay hints, refusals ----
    'Generate repair INF (KeySpec=0)': 'Reparatur-INF erstellen (KeySpec=0)',
    'Generate KeyProv.inf (KeySpec=0)': 'KeyProv.inf erstellen (KeySpec=0)',
    'Generate KeyProv.inf (KeySpec=1)': 'KeyProv.inf erstellen (KeySpec=1)',
    'Generate the key repair': 'Die Schlüsselreparatur erstellen',
    'Generate KeyProv.inf for serial {serial} (KeySpec=0)': 'KeyProv.inf für Seriennummer {serial} erstellen (KeySpec=0)',
    'Choose the store, then generate KeyProv.inf for serial {serial} (KeySpec=0)':
      'Speicher wählen, dann KeyProv.inf für Seriennummer {serial} erstellen (KeySpec=0)',
    'Generate {file} (KeySpec=0)': '{file} erstellen (KeySpec=0)',
    'Generate {file}': '{file} erstellen',
    'Show the generated file': 'Die erstellte Datei anzeigen',
    'The dump is not open.': 'Die Ausgabe ist nicht geöffnet.',
    'The diagnostic carries no repair target.': 'Die Diagnose enthält kein Reparaturziel.',
    'CA key health: {summary}': 'Zustand der ZS-Schlüssel: {summary}',
    'No CA key problems found': 'Keine Probleme mit ZS-Schlüsseln gefunden',
    '{n} KeySpec repair': '{n} KeySpec-Reparatur',
    '{n} KeySpec repairs': '{n} KeySpec-Reparaturen',
    '{n} lost key': '{n} verlorener Schlüssel',
    '{n} lost keys': '{n} verlorene Schlüssel',
    '{n} TLS key with KeySpec 2': '{n} TLS-Schlüssel mit KeySpec 2',
    '{n} TLS keys with KeySpec 2': '{n} TLS-Schlüssel mit KeySpec 2',
    '{n} CA certificate expired': '{n} ZS-Zertifikat abgelaufen',
    '{n} CA certificates expired': '{n} ZS-Zertifikate abgelaufen',
    '{n} certificate expires in {days} days': '{n} Zertifikat läuft in {days} Tagen ab',
    '{n} certificates expire in {days} days': '{n} Zertifikate laufen in {days} Tagen ab',
    '{n} CA certificate expires in {days} days': '{n} ZS-Zertifikat läuft in {days} Tagen ab',
    '{n} CA certificates expire in {days} days': '{n} ZS-Zertifikate laufen in {days} Tagen ab',
    '{n} certutil error': '{n} certutil-Fehler',
    '{n} certutil errors': '{n} certutil-Fehler',
    '{n} other problem': '{n} weiteres Problem',
    '{n} other problems': '{n} weitere Probleme',
    'expires today': 'läuft heute ab',
    'expires in 1 day': 'läuft in 1 Tag ab',
    'expires in {days} days': 'läuft in {days} Tagen ab',
    'expired 1 day ago': 'vor 1 Tag abgelaufen',
    'expired {days} days ago': 'vor {days} Tagen abgelaufen',
    'day/month order unknown: {monthFirst} if month first, {dayFirst} if day first':
      'Reihenfolge von Tag und Monat unbekannt: {monthFirst}, wenn der Monat zuerst steht, {dayFirst}, wenn der Tag zuerst steht',
    'Set KeySpec to {value}': 'KeySpec auf {value} setzen',
    'Set ProviderType to {value}': 'ProviderType auf {value} setzen',
    'Write the provider name alone: {value}': 'Nur den Anbieternamen schreiben: {value}',
    'Change to {value}': 'Ändern in {value}',
    'Change to property {value}': 'In Eigenschaft {value} ändern',
    'Write Signature={value}': 'Signature={value} schreiben',
    'Write {value} (certutil -v prints Flags in hex)': '{value} schreiben (certutil -v gibt Flags hexadezimal aus)',
    'Write {value} ({written} read as decimal)': '{value} schreiben ({written} dezimal gelesen)',
    'Write {value}': '{value} schreiben',
    'Add {pair}': '{pair} hinzufügen',
    'Close the quote at the end of the line': 'Das Anführungszeichen am Zeilenende schließen',
    'Use ; to start the comment': 'Den Kommentar mit ; beginnen',
    'Move the remark to a ; comment line of its own': 'Die Bemerkung in eine eigene ;-Kommentarzeile verschieben',
    'Delete the remark': 'Die Bemerkung löschen',
    'Use container "{container}" ({subject}, serial {serial})': 'Container „{container}“ verwenden ({subject}, Seriennummer {serial})',
    'Use container "{container}" (serial {serial})': 'Container „{container}“ verwenden (Seriennummer {serial})',
    "Add the missing '&'": "Das fehlende '&' hinzufügen",
    "Remove the trailing '&'": "Das abschließende '&' entfernen",
    // Repair notes and refusals
    '{first} is in the folder with other content, so it was kept and this file is {file}.':
      '{first} liegt mit anderem Inhalt im Ordner und wurde daher behalten; diese Datei heißt {file}.',
    '{file} and every numbered copy of it already exist in the folder.': '{file} und jede nummerierte Kopie davon liegen bereits im Ordner.',
    'Every name for the repair scripts is taken in the folder.': 'Im Ordner ist jeder Name für die Reparaturskripts bereits vergeben.',
    'Serial {serial}: {reason}': 'Seriennummer {serial}: {reason}',
    'choose the store first.': 'wählen Sie zuerst den Speicher.',
    'No certificate in this dump needs a KeySpec repair.': 'Kein Zertifikat in dieser Ausgabe braucht eine KeySpec-Reparatur.',
    'None of these certificates needs a KeySpec repair.': 'Keines dieser Zertifikate braucht eine KeySpec-Reparatur.',
    'No certificate to repair.': 'Kein Zertifikat zu reparieren.',
    'The store choice must be the machine or the user store.': 'Als Speicher ist der Computer- oder der Benutzerspeicher zu wählen.',
    'This diagnostic carries no repair.': 'Diese Diagnose enthält keine Reparatur.',
    'The dump shows no Provider line for this key.': 'Die Ausgabe zeigt für diesen Schlüssel keine Zeile „Anbieter“ (Provider).',
    'The dump does not show the store of this certificate.': 'Die Ausgabe zeigt den Speicher dieses Zertifikats nicht.',
    'no store name': 'keinen Speichernamen',
    'The dump contradicts itself about which store the certificate is in ({found}): choose the store before a repair is written.':
      'Die Ausgabe widerspricht sich darin, in welchem Speicher das Zertifikat liegt ({found}): Wählen Sie den Speicher, bevor eine Reparatur geschrieben wird.',
    "The dump comes from {source} with -service: a service's store needs its service name, so write this repair by hand.":
      'Die Ausgabe wurde mit -service erstellt ({source}): Der Speicher eines Dienstes braucht dessen Dienstnamen, schreiben Sie diese Reparatur daher von Hand.',
    'The dump comes from {source} with -grouppolicy: group-policy stores are rewritten by policy, so repair the certificate where the policy gets it from.':
      'Die Ausgabe wurde mit -grouppolicy erstellt ({source}): Gruppenrichtlinienspeicher werden von der Richtlinie neu geschrieben, reparieren Sie das Zertifikat daher dort, woher die Richtlinie es bezieht.',
    'The dump is outside the workspace: pick the folder to write the repair files to.':
      'Die Ausgabe liegt außerhalb des Arbeitsbereichs: Wählen Sie den Ordner, in den die Reparaturdateien geschrieben werden.',
    'The dump is outside the workspace: pass the folder to write the repair files to as the second argument.':
      'Die Ausgabe liegt außerhalb des Arbeitsbereichs: Übergeben Sie den Ordner für die Reparaturdateien als zweites Argument.',
    "The dump is outside the workspace: run {command} as the certificate's owner.":
      'Die Ausgabe liegt außerhalb des Arbeitsbereichs: Führen Sie {command} als Besitzer des Zertifikats aus.',
    'The dump is outside the workspace: run {command} from an elevated prompt.':
      'Die Ausgabe liegt außerhalb des Arbeitsbereichs: Führen Sie {command} an einer Eingabeaufforderung mit erhöhten Rechten aus.',
    'No free file name for the KeyProv INF beside the dump.': 'Neben der Ausgabe ist kein Dateiname für die KeyProv-INF frei.',
    'No free file name for the repair script beside the dump.': 'Neben der Ausgabe ist kein Dateiname für das Reparaturskript frei.',
    'The repair does not say whether the certificate is in the machine or the user store.':
      'Die Reparatur sagt nicht, ob das Zertifikat im Computer- oder im Benutzerspeicher liegt.',
    'The serial number "{serial}" is not plain hex, so it cannot be passed to certutil safely.':
      'Die Seriennummer „{serial}“ ist keine reine Hexadezimalzahl und kann daher nicht sicher an certutil übergeben werden.',
    'The serial number {serial} is too long to name a file after.': 'Die Seriennummer {serial} ist zu lang, um eine Datei danach zu benennen.',
    'The store name "{store}" is not a plain store name.': 'Der Speichername „{store}“ ist kein einfacher Speichername.',
    'The store name {store} is longer than {n} characters.': 'Der Speichername {store} ist länger als {n} Zeichen.',
    'The subject "{value}" is longer than {n} characters, more than a script comment should carry.':
      'Der Antragsteller „{value}“ ist länger als {n} Zeichen, mehr, als ein Skriptkommentar tragen sollte.',
    'The Flags value {value} is not a 32-bit number, so it cannot be written as dwFlags.':
      'Der Flags-Wert {value} ist keine 32-Bit-Zahl und kann daher nicht als dwFlags geschrieben werden.',
    'The container name "{value}" {problem}. Write this KeyProv.inf by hand and check it with certutil.':
      'Der Containername „{value}“ {problem}. Schreiben Sie diese KeyProv.inf von Hand und prüfen Sie sie mit certutil.',
    'The provider name "{value}" {problem}. Write this KeyProv.inf by hand and check it with certutil.':
      'Der Anbietername „{value}“ {problem}. Schreiben Sie diese KeyProv.inf von Hand und prüfen Sie sie mit certutil.',
    'is missing': 'fehlt',
    'is empty': 'ist leer',
    'is longer than {n} characters, which no real key has': 'ist länger als {n} Zeichen, was bei keinem echten Schlüssel vorkommt',
    'contains & or " or %, which a KeyProv.inf cannot carry': 'enthält & oder " oder %, was eine KeyProv.inf nicht tragen kann',
    'contains characters outside printable ASCII, which certutil may misread in an INF':
      'enthält Zeichen außerhalb des druckbaren ASCII, die certutil in einer INF möglicherweise falsch liest',
    'starts or ends with a space, which certutil may trim': 'beginnt oder endet mit einem Leerzeichen, das certutil möglicherweise abschneidet',
    'looks like a template placeholder, not a value copied from a dump':
      'sieht wie ein Platzhalter aus einer Vorlage aus, nicht wie ein aus einer Ausgabe kopierter Wert',
    'KeySpec {keySpec} with ProviderType {providerType} is not a key spec a KeyProv.inf can carry.':
      'KeySpec {keySpec} mit ProviderType {providerType} ist keine Schlüsselspezifikation, die eine KeyProv.inf tragen kann.',
    'The file name "{file}" is not a plain file name (letters, digits, . _ -).':
      'Der Dateiname „{file}“ ist kein einfacher Dateiname (Buchstaben, Ziffern, . _ -).',
    'The file name "{file}" is not a plain file name.': 'Der Dateiname „{file}“ ist kein einfacher Dateiname.',
    'The file name "{file}" cannot be passed to a script safely.': 'Der Dateiname „{file}“ kann nicht sicher an ein Skript übergeben werden.',
    'The dump does not show the {what} of this certificate, so no rollback INF can restore it.':
      'Die Ausgabe zeigt {what} dieses Zertifikats nicht, daher kann keine Rollback-INF den Wert wiederherstellen.',
    'The {what} value {value} is not a 32-bit number.': 'Der {what}-Wert {value} ist keine 32-Bit-Zahl.',
    'The certificates come from more than one store; repair each store on its own.':
      'Die Zertifikate stammen aus mehr als einem Speicher; reparieren Sie jeden Speicher für sich.',
    'A certificate is listed twice; each serial number can be repaired once per script.':
      'Ein Zertifikat ist zweimal aufgeführt; jede Seriennummer kann pro Skript einmal repariert werden.',
    'The name is empty.': 'Der Name ist leer.',
    '"{name}" is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9), not a file.':
      '„{name}“ ist unter Windows ein Gerätename (CON, PRN, AUX, NUL, COM1-9, LPT1-9), keine Datei.',
    '"{name}" ends in a dot or a space, which Windows drops: the file would be another one.':
      '„{name}“ endet mit einem Punkt oder Leerzeichen, die Windows weglässt: Es wäre eine andere Datei.',
    '"{name}" holds a character that Windows does not allow in a file name.': '„{name}“ enthält ein Zeichen, das Windows in einem Dateinamen nicht zulässt.',
    'The folder to write the repair files to is empty.': 'Der Ordner für die Reparaturdateien ist leer angegeben.',
    '"{uri}" is not a URI.': '„{uri}“ ist kein URI.',
    'Repair files are written to {where} only, not to {scheme}:.': 'Reparaturdateien werden nur in {where} geschrieben, nicht in {scheme}:.',
    'local folders (file: URIs)': 'lokale Ordner (file:-URIs)',
    '{schemes} folders': '{schemes}-Ordner',
    '"{uri}" climbs above the root of the disk.': '„{uri}“ führt über das Stammverzeichnis des Datenträgers hinaus.',
    'The folder {uri} cannot be written to: {reason}': 'In den Ordner {uri} kann nicht geschrieben werden: {reason}',
    'The dump is not open in the editor.': 'Die Ausgabe ist im Editor nicht geöffnet.',
    'The server could not write the repair files; see the Certutil output channel.':
      'Der Server konnte die Reparaturdateien nicht schreiben; siehe Ausgabekanal „Certutil“.',
    'The server could not generate the repair files; see the Certutil output channel.':
      'Der Server konnte die Reparaturdateien nicht erstellen; siehe Ausgabekanal „Certutil“.',
    'The document changed while this was computed.': 'Das Dokument hat sich geändert, während dies berechnet wurde.',
    'The dump changed while the repair files were planned.': 'Die Ausgabe hat sich geändert, während die Reparaturdateien geplant wurden.',
    '{uri} is not an open certutil dump': '{uri} ist keine geöffnete certutil-Ausgabe',
    'Unknown command {command}': 'Unbekannter Befehl {command}',
    "{command} takes the dump's URI": '{command} erwartet den URI der Ausgabe',
    'The folder must be a URI string.': 'Der Ordner muss eine URI-Zeichenfolge sein.',
    'Show {file} (already written)': '{file} anzeigen (bereits geschrieben)',
    'Choose the store, then generate KeyProv.inf (KeySpec=1) for serial {serial}':
      'Speicher wählen, dann KeyProv.inf für Seriennummer {serial} erstellen (KeySpec=1)',
    'Choose the store, then generate the key repair for serial {serial}': 'Speicher wählen, dann die Schlüsselreparatur für Seriennummer {serial} erstellen',
    '{path} cannot be read ({reason}), so its settings are not used.':
      '{path} kann nicht gelesen werden ({reason}), daher werden seine Einstellungen nicht verwendet.',
    'the echoed command "{command}"': 'der wiedergegebene Befehl „{command}“',
    'AccessState {value} (local machine system store)': 'AccessState {value} (Systemspeicher des lokalen Computers)',
    "AccessState {value} (a system store that is not the local machine's)": 'AccessState {value} (ein Systemspeicher, der nicht der des lokalen Computers ist)',
    "Run {command} (as the certificate's owner): without an INF, certutil searches the key providers for the key that matches the certificate. If none does, the key is gone: restore it from a backup (PFX) or renew with a new key.":
      'Führen Sie {command} als Besitzer des Zertifikats aus: Ohne INF sucht certutil bei den Schlüsselanbietern nach dem Schlüssel, der zum Zertifikat passt. Passt keiner, ist der Schlüssel verloren: Stellen Sie ihn aus einer Sicherung (PFX) wieder her oder erneuern Sie mit einem neuen Schlüssel.',
    '{advice} The dump does not settle which store the certificate is in: the quick fix asks first.':
      '{advice} Die Ausgabe klärt nicht, in welchem Speicher das Zertifikat liegt: Die Schnellkorrektur fragt zuerst.',
    'The dump contradicts itself about whether the certificate is in the machine or the user store ({a}; {b}): choose the store before a repair is written.':
      'Die Ausgabe widerspricht sich darin, ob das Zertifikat im Computer- oder im Benutzerspeicher liegt ({a}; {b}): Wählen Sie den Speicher, bevor eine Reparatur geschrieben wird.',
    'The dump contradicts itself about whether the certificate is in the machine or the user store ({a}; {b}; {c}): choose the store before a repair is written.':
      'Die Ausgabe widerspricht sich darin, ob das Zertifikat im Computer- oder im Benutzerspeicher liegt ({a}; {b}; {c}): Wählen Sie den Speicher, bevor eine Reparatur geschrieben wird.',
    'The dump contradicts itself about which store the certificate is in ({a}; {b}): choose the store before a repair is written.':
      'Die Ausgabe widerspricht sich darin, in welchem Speicher das Zertifikat liegt ({a}; {b}): Wählen Sie den Speicher, bevor eine Reparatur geschrieben wird.',
    'The dump contradicts itself about which store the certificate is in ({a}; {b}; {c}): choose the store before a repair is written.':
      'Die Ausgabe widerspricht sich darin, in welchem Speicher das Zertifikat liegt ({a}; {b}; {c}): Wählen Sie den Speicher, bevor eine Reparatur geschrieben wird.',
    'The dump shows {missing} for this certificate (only {a}; {b}): choose the store before a repair is written.':
      'Die Ausgabe zeigt für dieses Zertifikat {missing} (nur {a}; {b}): Wählen Sie den Speicher, bevor eine Reparatur geschrieben wird.',
    'expected a JSON object of settings': 'erwartet wird ein JSON-Objekt mit Einstellungen',
  },
};
