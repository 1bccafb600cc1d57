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
    // Hovers and reports
    // -- the comparison report (compare.ts)
    '(none)': '(keine)',
    fixed: 'repariert',
    'still broken': 'weiterhin fehlerhaft',
    fine: 'in Ordnung',
    changed: 'geändert',
    appeared: 'hinzugekommen',
    disappeared: 'verschwunden',
    'KeySpec is now 0': 'KeySpec ist jetzt 0',
    'a KSP key with KeySpec not 0': 'ein KSP-Schlüssel mit KeySpec ungleich 0',
    'unchanged and fine': 'unverändert und in Ordnung',
    'something else in the key provider changed': 'beim Schlüsselanbieter hat sich etwas anderes geändert',
    'in only one of the two dumps': 'nur in einer der beiden Ausgaben',
    'Every CA certificate is fixed: each KSP key now has KeySpec 0. Renewal with the existing key pair can go ahead.':
      'Jedes ZS-Zertifikat ist repariert: Jeder KSP-Schlüssel hat jetzt KeySpec 0. Die Erneuerung mit dem vorhandenen Schlüsselpaar kann erfolgen.',
    '{n} certificate(s) still need KeySpec 0.': '{n} Zertifikat(e) brauchen weiterhin KeySpec 0.',
    'Run the repair for them and dump the store again.': 'Führen Sie die Reparatur für sie aus und geben Sie den Speicher erneut aus.',
    'No CA certificate needed a KeySpec repair in these dumps.': 'Kein ZS-Zertifikat brauchte in diesen Ausgaben eine KeySpec-Reparatur.',
    'KeySpec repair: {before} → {after}': 'KeySpec-Reparatur: {before} → {after}',
    '{fixed} fixed, {stillBroken} still broken, {fine} unchanged and fine, {changed} changed, {appeared} appeared, {disappeared} disappeared.':
      '{fixed} repariert, {stillBroken} weiterhin fehlerhaft, {fine} unverändert und in Ordnung, {changed} geändert, {appeared} hinzugekommen, {disappeared} verschwunden.',
    Outcome: 'Ergebnis',
    Certificate: 'Zertifikat',
    '(CA)': '(ZS)',
    'Other changes': 'Weitere Änderungen',
    // -- the dump hover (dumpHover.ts)
    "the name stored in the certificate's key-provider property. A repair INF copies this value as `Container=`, never the unique container name.":
      'der Name, der in der Schlüsselanbietereigenschaft des Zertifikats gespeichert ist. Eine Reparatur-INF übernimmt diesen Wert als `Container=`, nie den eindeutigen Containernamen.',
    "The key's file or container name as the provider reports it. **Not** the value for `Container=` in a repair INF: use `Key Container`.":
      'Der Datei- oder Containername des Schlüssels, wie der Anbieter ihn meldet. **Nicht** der Wert für `Container=` in einer Reparatur-INF: Verwenden Sie `Key Container`.',
    '(property id {id})': '(Eigenschafts-ID {id})',
    'The key is in a CNG Key Storage Provider, and KeySpec 0 is right for it.':
      'Der Schlüssel liegt in einem CNG-Schlüsselspeicheranbieter, und KeySpec 0 ist dafür richtig.',
    'The key is in a CNG Key Storage Provider: its KeySpec must be 0.': 'Der Schlüssel liegt in einem CNG-Schlüsselspeicheranbieter: Sein KeySpec muss 0 sein.',
    'The key is in a legacy CryptoAPI provider (CSP), where KeySpec 1 or 2 is right. Only a key in a CNG Key Storage Provider must have KeySpec 0.':
      'Der Schlüssel liegt in einem älteren CryptoAPI-Kryptografiedienstanbieter (CSP), bei dem KeySpec 1 oder 2 richtig ist. Nur ein Schlüssel in einem CNG-Schlüsselspeicheranbieter muss KeySpec 0 haben.',
    'A key in a CNG Key Storage Provider (ProviderType 0) must have KeySpec 0; a key in a legacy CSP has 1 or 2.':
      'Ein Schlüssel in einem CNG-Schlüsselspeicheranbieter (ProviderType 0) muss KeySpec 0 haben; ein Schlüssel in einem älteren CSP hat 1 oder 2.',
    'Not a known key spec.': 'Keine bekannte Schlüsselspezifikation.',
    'Not a known provider type.': 'Kein bekannter Anbietertyp.',
    'not a number certutil prints.': 'keine Zahl, wie certutil sie ausgibt.',
    'none (a user key)': 'keine (ein Benutzerschlüssel)',
    'certutil prints Flags in hex: `20 (32)` is 0x20, CRYPT_MACHINE_KEYSET (a machine key).':
      'certutil gibt Flags hexadezimal aus: `20 (32)` ist 0x20, CRYPT_MACHINE_KEYSET (ein Computerschlüssel).',
    'not a provider this extension knows.': 'kein Anbieter, den diese Erweiterung kennt.',
    'CNG Key Storage Provider (KSP), ProviderType {type}.': 'CNG-Schlüsselspeicheranbieter (KSP), ProviderType {type}.',
    'legacy CryptoAPI provider (CSP), ProviderType {type}.': 'älterer CryptoAPI-Kryptografiedienstanbieter (CSP), ProviderType {type}.',
    // -- the health hover (healthHover.ts)
    "not in this extension's table of CA key errors. `{command}` prints Windows' text for it.":
      'nicht in der Tabelle der ZS-Schlüsselfehler dieser Erweiterung. `{command}` gibt den Windows-Text dazu aus.',
    'For a CA key: {meaning}': 'Für einen ZS-Schlüssel: {meaning}',
    'Next: {next}': 'Weiter: {next}',
    'Source: {source}': 'Quelle: {source}',
    "`{command}` (as the certificate's owner) asks certutil to search the key providers for the key that matches this certificate and to link it again.":
      '`{command}` (als Besitzer des Zertifikats) lässt certutil in den Schlüsselanbietern nach dem Schlüssel suchen, der zu diesem Zertifikat passt, und ihn erneut verknüpfen.',
    '`{command}` (elevated) asks certutil to search the key providers for the key that matches this certificate and to link it again.':
      '`{command}` (mit erhöhten Rechten) lässt certutil in den Schlüsselanbietern nach dem Schlüssel suchen, der zu diesem Zertifikat passt, und ihn erneut verknüpfen.',
    'Lost key association': 'Verlorene Schlüsselzuordnung',
    "certutil could not use this certificate's private key.": 'certutil konnte den privaten Schlüssel dieses Zertifikats nicht verwenden.',
    'not a date format this extension reads.': 'kein Datumsformat, das diese Erweiterung liest.',
    'the dump does not say whether this date is month/day or day/month (no date in it has a number above 12, and its language does not decide). Read month first it is {monthFirst}, day first {dayFirst}. Validity is judged only where both readings agree.':
      'die Ausgabe verrät nicht, ob dieses Datum Monat/Tag oder Tag/Monat ist (kein Datum darin hat eine Zahl über 12, und ihre Sprache entscheidet es nicht). Mit dem Monat zuerst gelesen ist es {monthFirst}, mit dem Tag zuerst {dayFirst}. Die Gültigkeit wird nur beurteilt, wo beide Lesarten übereinstimmen.',
    '{date} (local time of the machine that made the dump), read by its format.':
      '{date} (Ortszeit des Computers, auf dem die Ausgabe erstellt wurde), anhand seines Formats gelesen.',
    "{date} (local time of the machine that made the dump), read by the dump's dates and language (day first).":
      '{date} (Ortszeit des Computers, auf dem die Ausgabe erstellt wurde), anhand der Daten und der Sprache der Ausgabe gelesen (Tag zuerst).',
    "{date} (local time of the machine that made the dump), read by the dump's dates and language (month first).":
      '{date} (Ortszeit des Computers, auf dem die Ausgabe erstellt wurde), anhand der Daten und der Sprache der Ausgabe gelesen (Monat zuerst).',
    '{date} (local time of the machine that made the dump), read by its numbers.':
      '{date} (Ortszeit des Computers, auf dem die Ausgabe erstellt wurde), anhand seiner Zahlen gelesen.',
    'CA key health': 'Zustand der ZS-Schlüssel',
    // -- the health report (healthReport.ts)
    Key: 'Schlüssel',
    'Other certificates': 'Weitere Zertifikate',
    'Elsewhere in the dump': 'An anderer Stelle in der Ausgabe',
    'Certificate {index}: {subject} (serial {serial})': 'Zertifikat {index}: {subject} (Seriennummer {serial})',
    '(no subject)': '(kein Antragsteller)',
    'No problems found.': 'Keine Probleme gefunden.',
    'No CA certificate with readable validity dates.': 'Kein ZS-Zertifikat mit lesbaren Gültigkeitsdaten.',
    to: 'bis',
    'Validity of the CA certificate generations': 'Gültigkeit der ZS-Zertifikatgenerationen',
    today: 'heute',
    // -- the INF hover (infHover.ts)
    'A policy section named in `Policies=`: `OID`, `Notice` and `URL` keys.':
      'Ein in `Policies=` genannter Richtlinienabschnitt: Schlüssel `OID`, `Notice` und `URL`.',
    'appends this quoted string, as is, to the value of `{key}` above. No separator is added: a key provider string needs its `&` inside the quotes, an EKU list its `,`.':
      'hängt diese Zeichenfolge in Anführungszeichen unverändert an den Wert von `{key}` darüber an. Es wird kein Trennzeichen eingefügt: Eine Schlüsselanbieter-Zeichenfolge braucht ihr `&` innerhalb der Anführungszeichen, eine EKU-Liste ihr `,`.',
    '(property {id})': '(Eigenschaft {id})',
    Property: 'Eigenschaft',
    'a user-defined property (ids 0x8000-0xFFFF).': 'eine benutzerdefinierte Eigenschaft (IDs 0x8000-0xFFFF).',
    'not in the wincrypt.h list (ids 1-107); a custom or newer property.':
      'nicht in der Liste von wincrypt.h (IDs 1-107); eine eigene oder neuere Eigenschaft.',
    'Values: {values}': 'Werte: {values}',
    'not a key provider field.': 'kein Feld der Schlüsselanbieterinformationen.',
    'Read as decimal; certutil -v prints Flags in hex, so `{value}` in a dump is `0x{value}`.':
      'Dezimal gelesen; certutil -v gibt Flags hexadezimal aus, daher ist `{value}` in einer Ausgabe `0x{value}`.',
    'no flags: a user key': 'keine Flags: ein Benutzerschlüssel',
    'not a provider this extension knows; check the exact name with `certutil -csplist`.':
      'kein Anbieter, den diese Erweiterung kennt; prüfen Sie den genauen Namen mit `certutil -csplist`.',
    'CNG Key Storage Provider (KSP): ProviderType 0, KeySpec 0.': 'CNG-Schlüsselspeicheranbieter (KSP): ProviderType 0, KeySpec 0.',
    'legacy CryptoAPI CSP: ProviderType {type} ({name}).': 'älterer CryptoAPI-CSP: ProviderType {type} ({name}).',
    // -- the domain notes the hovers show (data/keySpec.ts, providerTypes.ts, keyProvPairs.ts, providers.ts, hresults.ts)
    'No key spec: the only right value for a CNG (KSP) key.': 'Keine Schlüsselspezifikation: der einzig richtige Wert für einen CNG-Schlüssel (KSP).',
    'Legacy CSP key for key exchange (encryption) and signing.': 'CSP-Schlüssel (älterer Anbieter) für Schlüsselaustausch (Verschlüsselung) und Signatur.',
    'Legacy CSP key for signing only. On a KSP key it breaks CA renewal with the existing key.':
      'CSP-Schlüssel (älterer Anbieter) nur zum Signieren. Bei einem KSP-Schlüssel verhindert er die Erneuerung der ZS mit dem vorhandenen Schlüssel.',
    'A CNG Key Storage Provider (KSP). KeySpec must be 0.': 'Ein CNG-Schlüsselspeicheranbieter (KSP). KeySpec muss 0 sein.',
    'Legacy CryptoAPI CSP for RSA signing and key exchange.': 'Älterer CryptoAPI-CSP für RSA-Signatur und Schlüsselaustausch.',
    'Legacy CryptoAPI CSP for RSA signatures.': 'Älterer CryptoAPI-CSP für RSA-Signaturen.',
    'Legacy CryptoAPI CSP for DSS signatures.': 'Älterer CryptoAPI-CSP für DSS-Signaturen.',
    'Legacy Fortezza CSP.': 'Älterer Fortezza-CSP.',
    'Legacy Microsoft Exchange CSP.': 'Älterer Microsoft Exchange-CSP.',
    'Legacy SSL CSP.': 'Älterer SSL-CSP.',
    'Legacy CryptoAPI CSP for RSA SChannel.': 'Älterer CryptoAPI-CSP für RSA SChannel.',
    'Legacy CryptoAPI CSP for DSS and Diffie-Hellman.': 'Älterer CryptoAPI-CSP für DSS und Diffie-Hellman.',
    'Legacy elliptic-curve signature CSP type (Microsoft ships none).': 'Älterer CSP-Typ für Signaturen mit elliptischen Kurven (Microsoft liefert keinen).',
    'Legacy elliptic-curve CSP type (Microsoft ships none).': 'Älterer CSP-Typ für elliptische Kurven (Microsoft liefert keinen).',
    'Legacy CryptoAPI CSP for Diffie-Hellman SChannel.': 'Älterer CryptoAPI-CSP für Diffie-Hellman SChannel.',
    'Legacy Spyrus LYNKS card CSP type.': 'Älterer CSP-Typ für Spyrus-LYNKS-Karten.',
    'Legacy random-number-generator CSP type.': 'Älterer CSP-Typ für Zufallszahlengeneratoren.',
    'Legacy Intel security CSP type.': 'Älterer CSP-Typ für Intel-Sicherheit.',
    'Legacy one-way-function replacement CSP type.': 'Älterer CSP-Typ zum Ersetzen der Einwegfunktion.',
    'Legacy CryptoAPI CSP for RSA with AES.': 'Älterer CryptoAPI-CSP für RSA mit AES.',
    'The key container (for a KSP, the key name). Copy `Key Container` from `certutil -v -store` verbatim; spaces and parentheses are fine, `&` and `"` cannot be written.':
      'Der Schlüsselcontainer (bei einem KSP der Schlüsselname). Übernehmen Sie `Key Container` aus `certutil -v -store` wörtlich; Leerzeichen und Klammern sind zulässig, `&` und `"` lassen sich nicht schreiben.',
    'The exact CSP or KSP name, as `certutil -csplist` prints it.': 'Der genaue CSP- oder KSP-Name, wie `certutil -csplist` ihn ausgibt.',
    '`0` for any CNG Key Storage Provider; the CSP type number otherwise (1 PROV_RSA_FULL, 12 PROV_RSA_SCHANNEL, 24 PROV_RSA_AES ...).':
      '`0` für jeden CNG-Schlüsselspeicheranbieter; sonst die Typnummer des CSP (1 PROV_RSA_FULL, 12 PROV_RSA_SCHANNEL, 24 PROV_RSA_AES ...).',
    '`0` for a user key, `0x20` (CRYPT_MACHINE_KEYSET) for a machine-store key. Write it in hex with `0x`: the base certutil assumes for a bare number is undocumented.':
      '`0` für einen Benutzerschlüssel, `0x20` (CRYPT_MACHINE_KEYSET) für einen Schlüssel im Computerspeicher. Schreiben Sie den Wert hexadezimal mit `0x`: Welche Basis certutil für eine bloße Zahl annimmt, ist nicht dokumentiert.',
    '`0` for a KSP key (CNG keys have no key spec); `1` (AT_KEYEXCHANGE) or `2` (AT_SIGNATURE) for a legacy CSP key. A KSP key with KeySpec 2 breaks CA renewal with the existing key.':
      '`0` für einen KSP-Schlüssel (CNG-Schlüssel haben keine Schlüsselspezifikation); `1` (AT_KEYEXCHANGE) oder `2` (AT_SIGNATURE) für einen Schlüssel eines älteren CSP. Ein KSP-Schlüssel mit KeySpec 2 verhindert die Erneuerung der ZS mit dem vorhandenen Schlüssel.',
    'The default CNG KSP (certutil -csp KSP). Keys live under ...\\Crypto\\Keys.':
      'Der Standard-KSP von CNG (certutil -csp KSP). Die Schlüssel liegen unter ...\\Crypto\\Keys.',
    'CNG KSP for keys held in the TPM (certutil -csp TPM).': 'CNG-KSP für Schlüssel im TPM (certutil -csp TPM).',
    'CNG KSP for smart cards (certutil -csp SC).': 'CNG-KSP für Smartcards (certutil -csp SC).',
    'CNG KSP for Windows Hello / NGC keys (certutil -csp NGC).': 'CNG-KSP für Windows Hello-/NGC-Schlüssel (certutil -csp NGC).',
    'Entrust/nCipher nShield HSM KSP.': 'KSP für Entrust/nCipher nShield-HSMs.',
    'SafeNet/Thales Luna HSM KSP.': 'KSP für SafeNet/Thales Luna-HSMs.',
    'Thales Luna HSM KSP.': 'KSP für Thales Luna-HSMs.',
    'AWS CloudHSM KSP (Client SDK 3 and 5).': 'KSP für AWS CloudHSM (Client SDK 3 und 5).',
    'Utimaco CryptoServer HSM KSP.': 'KSP für Utimaco CryptoServer-HSMs.',
    'Yubico YubiHSM 2 KSP.': 'KSP für Yubico YubiHSM 2.',
    'Google Cloud KMS CNG provider (kmscng): keys live in Cloud KMS.': 'CNG-Anbieter für Google Cloud KMS (kmscng): Die Schlüssel liegen in Cloud KMS.',
    'Legacy CryptoAPI CSP, PROV_RSA_FULL: no SHA-2.': 'Älterer CryptoAPI-CSP, PROV_RSA_FULL: kein SHA-2.',
    'Legacy smart card CSP, PROV_RSA_FULL.': 'Älterer Smartcard-CSP, PROV_RSA_FULL.',
    'Legacy CryptoAPI CSP, PROV_RSA_AES.': 'Älterer CryptoAPI-CSP, PROV_RSA_AES.',
    'Legacy CryptoAPI CSP, PROV_RSA_SCHANNEL.': 'Älterer CryptoAPI-CSP, PROV_RSA_SCHANNEL.',
    'Legacy CryptoAPI CSP, PROV_DSS.': 'Älterer CryptoAPI-CSP, PROV_DSS.',
    'Legacy CryptoAPI CSP, PROV_DSS_DH.': 'Älterer CryptoAPI-CSP, PROV_DSS_DH.',
    'Legacy CryptoAPI CSP, PROV_DH_SCHANNEL.': 'Älterer CryptoAPI-CSP, PROV_DH_SCHANNEL.',
    'SafeNet Luna legacy CSP, PROV_RSA_FULL.': 'Älterer CSP von SafeNet Luna, PROV_RSA_FULL.',
    'A CNG Key Storage Provider (by its name).': 'Ein CNG-Schlüsselspeicheranbieter (nach seinem Namen).',
    'The provider rejected the key handle or key blob.': 'Der Anbieter hat das Schlüsselhandle oder das Schlüssel-BLOB abgelehnt.',
    'Check that the Provider and Container in the key-provider property match where the key really is (certutil -key).':
      'Prüfen Sie, ob Provider und Container in der Schlüsselanbietereigenschaft dorthin zeigen, wo der Schlüssel wirklich liegt (certutil -key).',
    'The provider rejected the Flags of the key-provider property.': 'Der Anbieter hat die Flags der Schlüsselanbietereigenschaft abgelehnt.',
    'Use Flags=0x20 (CRYPT_MACHINE_KEYSET) for a machine key, 0 for a user key.':
      'Verwenden Sie Flags=0x20 (CRYPT_MACHINE_KEYSET) für einen Computerschlüssel, 0 für einen Benutzerschlüssel.',
    'The key exists but cannot be used this way: often a non-exportable key, or a KeySpec the provider does not accept.':
      'Der Schlüssel ist vorhanden, kann aber so nicht verwendet werden: oft ein nicht exportierbarer Schlüssel oder ein KeySpec, den der Anbieter nicht akzeptiert.',
    'For a KSP key set KeySpec=0 with certutil -repairstore and a KeyProv INF.':
      'Setzen Sie für einen KSP-Schlüssel KeySpec=0 mit certutil -repairstore und einer KeyProv-INF.',
    'The container exists but holds no key of the requested spec.':
      'Der Container ist vorhanden, enthält aber keinen Schlüssel der angeforderten Spezifikation.',
    'Check KeySpec: a KSP key takes KeySpec=0; a CSP key the spec it was created with (certutil -key).':
      'Prüfen Sie KeySpec: Ein KSP-Schlüssel braucht KeySpec=0, ein CSP-Schlüssel die Spezifikation, mit der er erstellt wurde (certutil -key).',
    'A key or container of that name already exists.': 'Ein Schlüssel oder Container dieses Namens ist bereits vorhanden.',
    'Do not create the key again: point the certificate at the existing container with certutil -repairstore.':
      'Erstellen Sie den Schlüssel nicht neu: Verweisen Sie das Zertifikat mit certutil -repairstore auf den vorhandenen Container.',
    'The account may not use the key.': 'Das Konto darf den Schlüssel nicht verwenden.',
    'Run elevated (machine keys), or as the key owner, and check the key file permissions.':
      'Führen Sie den Befehl mit erhöhten Rechten (Computerschlüssel) oder als Besitzer des Schlüssels aus, und prüfen Sie die Berechtigungen der Schlüsseldatei.',
    'The provider has no container of that name: the certificate points at a key that is not there.':
      'Der Anbieter hat keinen Container dieses Namens: Das Zertifikat verweist auf einen Schlüssel, der nicht vorhanden ist.',
    'Find the key with certutil -key (or certutil -csp "<provider>" -key), then certutil -repairstore with a KeyProv INF naming the real container.':
      'Suchen Sie den Schlüssel mit certutil -key (oder certutil -csp "<provider>" -key), dann certutil -repairstore mit einer KeyProv-INF, die den echten Container nennt.',
    'The provider named in the key-provider property is not installed or not registered.':
      'Der in der Schlüsselanbietereigenschaft genannte Anbieter ist nicht installiert oder nicht registriert.',
    'Check the provider name (certutil -csplist) and that the HSM client is installed.':
      'Prüfen Sie den Anbieternamen (certutil -csplist) und ob der HSM-Client installiert ist.',
    'The provider rejected a value of the request: for a KSP, typically a KeySpec other than 0.':
      'Der Anbieter hat einen Wert der Anforderung abgelehnt: bei einem KSP meist einen KeySpec ungleich 0.',
    'Set KeySpec=0 for a KSP key with certutil -repairstore and a KeyProv INF.':
      'Setzen Sie KeySpec=0 für einen KSP-Schlüssel mit certutil -repairstore und einer KeyProv-INF.',
    'The provider does not support the operation or algorithm (an HSM KSP that refuses a legacy key spec, or a CSP asked for SHA-2).':
      'Der Anbieter unterstützt den Vorgang oder den Algorithmus nicht (ein HSM-KSP, der eine alte Schlüsselspezifikation ablehnt, oder ein CSP, von dem SHA-2 verlangt wird).',
    'Check the provider documentation; for a CSP key on a CA, plan the CSP to KSP migration.':
      'Lesen Sie die Dokumentation des Anbieters; planen Sie für einen CSP-Schlüssel einer ZS die Migration von CSP zu KSP.',
    'The provider has no key or object of that name.': 'Der Anbieter hat keinen Schlüssel und kein Objekt dieses Namens.',
    'List the provider\'s keys (certutil -csp "<provider>" -key) and point the certificate at the right one with certutil -repairstore.':
      'Listen Sie die Schlüssel des Anbieters auf (certutil -csp "<provider>" -key) und verweisen Sie das Zertifikat mit certutil -repairstore auf den richtigen.',
    'The key container exists but its stored form is damaged or unreadable.':
      'Der Schlüsselcontainer ist vorhanden, aber seine gespeicherte Form ist beschädigt oder unlesbar.',
    "Restore the key from a backup (PFX); for an HSM, check the key with the vendor's tools.":
      'Stellen Sie den Schlüssel aus einer Sicherung (PFX) wieder her; prüfen Sie ihn bei einem HSM mit den Werkzeugen des Herstellers.',
    'The provider failed inside: for an HSM KSP often a lost connection to the HSM.':
      'Der Anbieter ist intern gescheitert: bei einem HSM-KSP oft eine verlorene Verbindung zum HSM.',
    "Check the provider's own log and its connection (HSM client), then run the command again.":
      'Prüfen Sie das Protokoll des Anbieters und seine Verbindung (HSM-Client), und führen Sie den Befehl dann erneut aus.',
    'The HSM or smart card that holds the key is not reachable.': 'Das HSM oder die Smartcard mit dem Schlüssel ist nicht erreichbar.',
    'Bring the HSM or card online (client service, network, operator card), then run the command again.':
      'Bringen Sie das HSM oder die Karte online (Clientdienst, Netzwerk, Operatorkarte), und führen Sie den Befehl dann erneut aus.',
    'No certificate with that serial (or hash) is in the store, or it has no such property.':
      'Im Speicher ist kein Zertifikat mit dieser Seriennummer (oder diesem Hash), oder es hat diese Eigenschaft nicht.',
    'Check the serial and the store (certutil -store my) and whether -user is needed.':
      'Prüfen Sie Seriennummer und Speicher (certutil -store my) und ob -user nötig ist.',
    'The account may not change the store or the key.': 'Das Konto darf den Speicher oder den Schlüssel nicht ändern.',
    'Run from an elevated prompt (machine store) or as the certificate owner (user store).':
      'Führen Sie den Befehl an einer Eingabeaufforderung mit erhöhten Rechten (Computerspeicher) oder als Besitzer des Zertifikats (Benutzerspeicher) aus.',
    'certutil rejected its arguments or the INF.': 'certutil hat seine Argumente oder die INF abgelehnt.',
    'Check the command line and the INF with this extension before running it again.':
      'Prüfen Sie die Befehlszeile und die INF mit dieser Erweiterung, bevor Sie den Befehl erneut ausführen.',
    'certutil or the provider failed without a more specific code.': 'certutil oder der Anbieter ist ohne genaueren Code gescheitert.',
    'Read the lines certutil printed before the failure; run the command again with -v for detail.':
      'Lesen Sie die Zeilen, die certutil vor dem Fehler ausgegeben hat; führen Sie den Befehl mit -v erneut aus, um Einzelheiten zu sehen.',
    // -- property ids (data/propertyIds.ts) and INF sections (data/sections.ts)
    'Key provider information: the key container, provider, ProviderType, Flags and KeySpec that link the certificate to its private key.':
      'Schlüsselanbieterinformationen: Schlüsselcontainer, Anbieter, ProviderType, Flags und KeySpec, die das Zertifikat mit seinem privaten Schlüssel verbinden.',
    'SHA-1 hash of the certificate (its thumbprint).': 'SHA-1-Hash des Zertifikats (sein Fingerabdruck).',
    'MD5 hash of the certificate.': 'MD5-Hash des Zertifikats.',
    'Enhanced key usage: a comma-separated list of OIDs ({text}1.3.6.1.5.5.7.3.1,...).':
      'Erweiterte Schlüsselverwendung: eine durch Kommas getrennte Liste von OIDs ({text}1.3.6.1.5.5.7.3.1,...).',
    'Friendly name shown in the certificate UI ({text}...).': 'Anzeigename in der Zertifikatoberfläche ({text}...).',
    'Description ({text}...).': 'Beschreibung ({text}...).',
    'Access state flags.': 'Flags des Zugriffsstatus.',
    'Signature hash.': 'Signaturhash.',
    'Archived: `Empty` sets it (the certificate is hidden), nothing after `=` removes it.':
      'Archiviert: `Empty` setzt die Eigenschaft (das Zertifikat wird ausgeblendet), nichts nach `=` entfernt sie.',
    'Key identifier (SHA-1 of the public key).': 'Schlüsselkennung (SHA-1 des öffentlichen Schlüssels).',
    'The machine that made the request.': 'Der Computer, der die Anforderung erstellt hat.',
    'Bit length of the subject public key.': 'Bitlänge des öffentlichen Schlüssels des Antragstellers.',
    '`Signature="$Windows NT$"`. Optional for certutil and certreq; in CAPolicy.inf the only required section, and it must come first.':
      '`Signature="$Windows NT$"`. Für certutil und certreq optional; in CAPolicy.inf der einzige Pflichtabschnitt, und er muss zuerst stehen.',
    '`certutil -repairstore`: one entry per certificate property, keyed by its decimal property id (`2` key provider, `11` friendly name, `9` EKU ...).':
      '`certutil -repairstore`: ein Eintrag je Zertifikateigenschaft, mit ihrer dezimalen Eigenschafts-ID als Schlüssel (`2` Schlüsselanbieter, `11` Anzeigename, `9` EKU ...).',
    '`certreq -new`: the request to build (Subject, key, provider, KeySpec, RequestType ...). Mandatory, with at least one key.':
      '`certreq -new`: die zu erstellende Anforderung (Subject, Schlüssel, Anbieter, KeySpec, RequestType ...). Pflicht, mit mindestens einem Schlüssel.',
    'Extensions by OID: `2.5.29.17 = "{text}"` followed by `_continue_` lines, `Critical = <oid>`.':
      'Erweiterungen nach OID: `2.5.29.17 = "{text}"` gefolgt von `_continue_`-Zeilen, `Critical = <oid>`.',
    'One `OID = x.y.z` line per enhanced key usage.': 'Eine Zeile `OID = x.y.z` je erweiterter Schlüsselverwendung.',
    'Request attributes, e.g. `CertificateTemplate = WebServer`.': 'Anforderungsattribute, z. B. `CertificateTemplate = WebServer`.',
    '`name = value` pairs substituted wherever `%name%` appears.': 'Paare `name = value`, die überall eingesetzt werden, wo `%name%` steht.',
    '`Policies = Name1,Name2`: each name is a section of its own with `OID`, `Notice` and `URL`. Optional `Critical`.':
      '`Policies = Name1,Name2`: Jeder Name ist ein eigener Abschnitt mit `OID`, `Notice` und `URL`. Optional `Critical`.',
    'Application policies: `Policies = ...` naming sections with `OID`.': 'Anwendungsrichtlinien: `Policies = ...` nennt Abschnitte mit `OID`.',
    '`PathLength = n` and `Critical = True`.': '`PathLength = n` und `Critical = True`.',
    '`URL = http://... | ldap://... | file://...`, several allowed; HTTPS is not supported. Left empty, the extension is omitted (recommended for a root CA).':
      '`URL = http://... | ldap://... | file://...`, mehrere zulässig; HTTPS wird nicht unterstützt. Leer gelassen, entfällt die Erweiterung (empfohlen für eine Stammzertifizierungsstelle).',
    '`URL = http://... | ldap://...`, several allowed; HTTPS is not supported. Left empty, the extension is omitted (recommended for a root CA).':
      '`URL = http://... | ldap://...`, mehrere zulässig; HTTPS wird nicht unterstützt. Leer gelassen, entfällt die Erweiterung (empfohlen für eine Stammzertifizierungsstelle).',
    'CA settings read at install and at renewal: renewal key length and validity, CRL periods, LoadDefaultTemplates, AlternateSignatureAlgorithm ...':
      'ZS-Einstellungen, die bei Installation und Erneuerung gelesen werden: Schlüssellänge und Gültigkeit der Erneuerung, Sperrlistenzeiträume, LoadDefaultTemplates, AlternateSignatureAlgorithm ...',
    '`Include` / `Exclude` name sections of permitted and excluded names.':
      '`Include` / `Exclude` nennen Abschnitte mit zulässigen und ausgeschlossenen Namen.',
    'Issuer-to-subject policy OID mappings.': 'Zuordnungen von Richtlinien-OIDs des Ausstellers zu denen des Antragstellers.',
    'Issuer-to-subject application policy OID mappings.': 'Zuordnungen von Anwendungsrichtlinien-OIDs des Ausstellers zu denen des Antragstellers.',
    '`RequireExplicitPolicy` and `InhibitPolicyMapping` skip counts.': 'Die Überspringzähler `RequireExplicitPolicy` und `InhibitPolicyMapping`.',
    '`RequireExplicitPolicy` and `InhibitPolicyMapping` for application policies.':
      '`RequireExplicitPolicy` und `InhibitPolicyMapping` für Anwendungsrichtlinien.',
    'Cross-certificate distribution points: `URL = ...`, `SyncDeltaTime = seconds`.':
      'Verteilungspunkte für Kreuzzertifikate: `URL = ...`, `SyncDeltaTime = seconds`.',
    // -- INF keys and their values (data/certreqSchema.ts, data/capolicySchema.ts)
    'The subject as an RDN string, e.g. `"CN=server.contoso.com,O=Contoso"`. Quote it when it has spaces or commas.':
      'Der Antragsteller als RDN-Zeichenfolge, z. B. `"CN=server.contoso.com,O=Contoso"`. Setzen Sie ihn in Anführungszeichen, wenn er Leerzeichen oder Kommas enthält.',
    'TRUE: the private key can be exported.': 'TRUE: Der private Schlüssel kann exportiert werden.',
    'TRUE: the private key can be exported encrypted only.': 'TRUE: Der private Schlüssel kann nur verschlüsselt exportiert werden.',
    'Hash of the request signature.': 'Hash der Signatur der Anforderung.',
    'SHA-256: the usual choice.': 'SHA-256: die übliche Wahl.',
    'SHA-384.': 'SHA-384.',
    'SHA-512.': 'SHA-512.',
    'SHA-1: deprecated for signatures.': 'SHA-1: für Signaturen veraltet.',
    'MD5: broken; do not use.': 'MD5: gebrochen; nicht verwenden.',
    'MD4: broken; do not use.': 'MD4: gebrochen; nicht verwenden.',
    'MD2: broken; do not use.': 'MD2: gebrochen; nicht verwenden.',
    'The public key algorithm.': 'Der Algorithmus des öffentlichen Schlüssels.',
    'RSA (the default).': 'RSA (die Voreinstellung).',
    'Diffie-Hellman.': 'Diffie-Hellman.',
    'DSA.': 'DSA.',
    'ECDH on P-256.': 'ECDH auf P-256.',
    'ECDH on P-384 (the curve the certreq reference lists for ECDSA).': 'ECDH auf P-384 (die Kurve, die die certreq-Referenz für ECDSA nennt).',
    'ECDH on P-521.': 'ECDH auf P-521.',
    'ECDSA on P-256.': 'ECDSA auf P-256.',
    'ECDSA on P-384.': 'ECDSA auf P-384.',
    'ECDSA on P-521.': 'ECDSA auf P-521.',
    'Algorithm parameters (certsrv.h).': 'Algorithmusparameter (certsrv.h).',
    'Use an existing key container (list them with `certutil -key [-user]`).':
      'Einen vorhandenen Schlüsselcontainer verwenden (Liste mit `certutil -key [-user]`).',
    'Key size in bits, as the provider supports (2048 or more for RSA).':
      'Schlüssellänge in Bit, soweit der Anbieter sie unterstützt (2048 oder mehr für RSA).',
    '0 (`XCN_AT_NONE`) for a KSP key; `AT_KEYEXCHANGE` (1) or `AT_SIGNATURE` (2) for a legacy CSP key.':
      '0 (`XCN_AT_NONE`) für einen KSP-Schlüssel; `AT_KEYEXCHANGE` (1) oder `AT_SIGNATURE` (2) für einen Schlüssel eines älteren CSP.',
    'The key usage extension: flag names joined with `|` (quote the value) or a hex number such as `0xa0`.':
      'Die Erweiterung Schlüsselverwendung: Flagnamen, mit `|` verbunden (den Wert in Anführungszeichen setzen), oder eine Hexadezimalzahl wie `0xa0`.',
    'Digital signature.': 'Digitale Signatur.',
    'Non-repudiation.': 'Nichtabstreitbarkeit.',
    'Key encipherment.': 'Schlüsselverschlüsselung.',
    'Data encipherment.': 'Datenverschlüsselung.',
    'Key agreement.': 'Schlüsselvereinbarung.',
    'Certificate signing (CA keys).': 'Zertifikatsignatur (ZS-Schlüssel).',
    'Off-line CRL signing.': 'Offline-Signieren von Sperrlisten.',
    'CRL signing.': 'Signieren von Sperrlisten.',
    'Encipher only.': 'Nur verschlüsseln.',
    'Decipher only.': 'Nur entschlüsseln.',
    'What the private key may be used for (NCRYPT_ALLOW_*).': 'Wofür der private Schlüssel verwendet werden darf (NCRYPT_ALLOW_*).',
    'The key may decrypt.': 'Der Schlüssel darf entschlüsseln.',
    'The key may sign.': 'Der Schlüssel darf signieren.',
    'The key may do key agreement.': 'Der Schlüssel darf Schlüssel vereinbaren.',
    'Any usage.': 'Jede Verwendung.',
    'TRUE: the key belongs to the machine (the default is the user).': 'TRUE: Der Schlüssel gehört dem Computer (Voreinstellung ist der Benutzer).',
    'Start date; only with `RequestType = Cert`. Locale-sensitive: prefer month names.':
      'Anfangsdatum; nur mit `RequestType = Cert`. Abhängig vom Gebietsschema: Monatsnamen sind sicherer.',
    'End date; only with `RequestType = Cert`.': 'Enddatum; nur mit `RequestType = Cert`.',
    'TRUE: archive the key at the CA (CMC requests only).': 'TRUE: den Schlüssel bei der ZS archivieren (nur CMC-Anforderungen).',
    'Symmetric algorithm for key archival (see `certutil -oid 2`).': 'Symmetrischer Algorithmus für die Schlüsselarchivierung (siehe `certutil -oid 2`).',
    'Key length of EncryptionAlgorithm.': 'Schlüssellänge von EncryptionAlgorithm.',
    'The exact CSP or KSP name (`certutil -csplist`).': 'Der genaue CSP- oder KSP-Name (`certutil -csplist`).',
    'The CSP type number (`certutil -csplist`); 0 for a KSP.': 'Die Typnummer des CSP (`certutil -csplist`); 0 für einen KSP.',
    'SHA-1 thumbprint of the certificate being renewed.': 'SHA-1-Fingerabdruck des zu erneuernden Zertifikats.',
    '`Domain\\User` on whose behalf the request is made (PKCS7/CMC only).': '`Domain\\User`, in dessen Namen die Anforderung gestellt wird (nur PKCS7/CMC).',
    'What certreq produces.': 'Was certreq erzeugt.',
    'A PKCS #10 request (the default).': 'Eine PKCS #10-Anforderung (die Voreinstellung).',
    'A PKCS #7 renewal or enrollment-agent request.': 'Eine PKCS #7-Anforderung zur Erneuerung oder durch einen Registrierungs-Agent.',
    'A CMC request.': 'Eine CMC-Anforderung.',
    'A self-signed certificate instead of a request (NotBefore, NotAfter and ValidityPeriod apply only here).':
      'Ein selbstsigniertes Zertifikat statt einer Anforderung (NotBefore, NotAfter und ValidityPeriod gelten nur hier).',
    'A SCEP request.': 'Eine SCEP-Anforderung.',
    'SDDL for the private key.': 'SDDL für den privaten Schlüssel.',
    'TRUE: sign with PKCS #1 v2.1 (RSASSA-PSS) style parameters.': 'TRUE: mit Parametern im Stil von PKCS #1 v2.1 (RSASSA-PSS) signieren.',
    'TRUE: no UI while the key is created.': 'TRUE: keine Benutzeroberfläche, während der Schlüssel erstellt wird.',
    'TRUE: add the S/MIME capabilities extension.': 'TRUE: die Erweiterung S/MIME-Funktionen hinzufügen.',
    'TRUE: use the key in KeyContainer instead of creating one.': 'TRUE: den Schlüssel in KeyContainer verwenden, statt einen zu erstellen.',
    'TRUE: leave out the default extensions and attributes.': 'TRUE: die Standarderweiterungen und -attribute weglassen.',
    'TRUE: protect the key with strong key protection (seen in nearly every real file).':
      'TRUE: den Schlüssel mit starkem Schlüsselschutz schützen (in fast jeder echten Datei zu sehen).',
    'Strong key protection level (NCRYPT_UI_*).': 'Stufe des starken Schlüsselschutzes (NCRYPT_UI_*).',
    'No strong key protection.': 'Kein starker Schlüsselschutz.',
    'Prompt when the key is used.': 'Nachfragen, wenn der Schlüssel verwendet wird.',
    'Require a password when the key is used.': 'Ein Kennwort verlangen, wenn der Schlüssel verwendet wird.',
    'Friendly name of the new certificate.': 'Anzeigename des neuen Zertifikats.',
    'Unit of ValidityPeriodUnits; a US English plural. Only with `RequestType = Cert`.':
      'Einheit von ValidityPeriodUnits; ein englischer Plural (US). Nur mit `RequestType = Cert`.',
    'Years.': 'Jahre.',
    'Months.': 'Monate.',
    'Weeks.': 'Wochen.',
    'Days.': 'Tage.',
    'Hours.': 'Stunden.',
    'Minutes.': 'Minuten.',
    'Seconds.': 'Sekunden.',
    'Validity in ValidityPeriod units. Only with `RequestType = Cert`.': 'Gültigkeit in ValidityPeriod-Einheiten. Nur mit `RequestType = Cert`.',
    'How the subject name is built (flag names from S4).': 'Wie der Antragstellername gebildet wird (Flagnamen aus S4).',
    'How the subject string is encoded (CERT_NAME_STR_* flag names).': 'Wie die Antragsteller-Zeichenfolge codiert wird (Flagnamen CERT_NAME_STR_*).',
    'Smart card reader to use (certsrv.h).': 'Zu verwendendes Smartcard-Lesegerät (certsrv.h).',
    'Text shown in the key-use prompt (certsrv.h).': 'Text in der Abfrage bei Schlüsselverwendung (certsrv.h).',
    'TRUE: attest a TPM key (certsrv.h).': 'TRUE: einen TPM-Schlüssel bestätigen lassen (Attestation, certsrv.h).',
    'An existing public key file (certsrv.h).': 'Eine vorhandene Datei mit öffentlichem Schlüssel (certsrv.h).',
    'Parameters of PublicKey (certsrv.h).': 'Parameter von PublicKey (certsrv.h).',
    'Serial number of a self-signed certificate (certsrv.h).': 'Seriennummer eines selbstsignierten Zertifikats (certsrv.h).',
    'SCEP challenge password (certsrv.h).': 'SCEP-Challengekennwort (certsrv.h).',
    'Key length when the CA certificate is renewed with a new key (e.g. 4096).':
      'Schlüssellänge, wenn das ZS-Zertifikat mit einem neuen Schlüssel erneuert wird (z. B. 4096).',
    'Unit of RenewalValidityPeriodUnits.': 'Einheit von RenewalValidityPeriodUnits.',
    'Validity of the renewed CA certificate, in RenewalValidityPeriod units.': 'Gültigkeit des erneuerten ZS-Zertifikats, in RenewalValidityPeriod-Einheiten.',
    'Unit of CRLPeriodUnits.': 'Einheit von CRLPeriodUnits.',
    'Validity of the base CRL, in CRLPeriod units.': 'Gültigkeit der Basissperrliste, in CRLPeriod-Einheiten.',
    'Unit of CRLDeltaPeriodUnits.': 'Einheit von CRLDeltaPeriodUnits.',
    'Validity of the delta CRL; 0 disables delta CRLs.': 'Gültigkeit der Deltasperrliste; 0 schaltet Deltasperrlisten ab.',
    'Unit of CRLOverlapUnits (seen in real files; not on the syntax page).':
      'Einheit von CRLOverlapUnits (in echten Dateien zu sehen; nicht auf der Syntaxseite).',
    'CRL overlap, in CRLOverlapPeriod units (seen in real files; not on the syntax page).':
      'Überlappung der Sperrliste, in CRLOverlapPeriod-Einheiten (in echten Dateien zu sehen; nicht auf der Syntaxseite).',
    'Clock skew allowance for issued certificates, in minutes.': 'Zulässige Uhrabweichung für ausgestellte Zertifikate, in Minuten.',
    'Enterprise CA only: publish the default templates at install (True/False or 1/0).':
      'Nur Unternehmenszertifizierungsstelle: die Standardvorlagen bei der Installation veröffentlichen (True/False oder 1/0).',
    '1: sign with PKCS #1 v2.1 (RSASSA-PSS) parameters.': '1: mit Parametern von PKCS #1 v2.1 (RSASSA-PSS) signieren.',
    '1: encode subject and issuer names as UTF-8.': '1: Antragsteller- und Ausstellernamen als UTF-8 codieren.',
    '1: count key uses (only with an HSM that supports it).': '1: Schlüsselverwendungen zählen (nur mit einem HSM, das es unterstützt).',
    '1: list every provider in the setup wizard (certsrv.h).': '1: jeden Anbieter im Setup-Assistenten auflisten (certsrv.h).',
    'Older spelling read at renewal (certsrv.h).': 'Ältere Schreibweise, die bei der Erneuerung gelesen wird (certsrv.h).',
    'Seen in scripts; not on the syntax page.': 'In Skripts zu sehen; nicht auf der Syntaxseite.',
    'Seen in scripts (`RSASHA256`); not on the syntax page.': 'In Skripts zu sehen (`RSASHA256`); nicht auf der Syntaxseite.',
    'The policy OID, e.g. `2.5.29.32.0` (any policy).': 'Die Richtlinien-OID, z. B. `2.5.29.32.0` (jede Richtlinie).',
    'User notice text; quote it when it has spaces.': 'Text des Benutzerhinweises; in Anführungszeichen setzen, wenn er Leerzeichen enthält.',
    'Where the policy statement (CPS) is published.': 'Wo die Richtlinienerklärung (CPS) veröffentlicht ist.',
    'Always `"$Windows NT$"`, with straight quotes.': 'Immer `"$Windows NT$"`, mit geraden Anführungszeichen.',
    'Comma-separated names of the policy sections (each `[Name]` holds OID, Notice, URL).':
      'Durch Kommas getrennte Namen der Richtlinienabschnitte (jedes `[Name]` enthält OID, Notice, URL).',
    'Mark the extension critical.': 'Die Erweiterung als kritisch kennzeichnen.',
    'Comma-separated names of the application policy sections.': 'Durch Kommas getrennte Namen der Abschnitte für Anwendungsrichtlinien.',
    'How many CA levels may follow below this CA.': 'Wie viele ZS-Ebenen unter dieser ZS folgen dürfen.',
    'A CRL location (http, ldap, file). HTTPS is not supported.': 'Ein Sperrlisten-Speicherort (http, ldap, file). HTTPS wird nicht unterstützt.',
    'A CA certificate location (http, ldap, file). HTTPS is not supported.':
      'Ein Speicherort des ZS-Zertifikats (http, ldap, file). HTTPS wird nicht unterstützt.',
    'One enhanced key usage OID, e.g. `1.3.6.1.5.5.7.3.1` (server authentication).':
      'Eine OID der erweiterten Schlüsselverwendung, z. B. `1.3.6.1.5.5.7.3.1` (Serverauthentifizierung).',
    'Skip count before an explicit policy is required.': 'Überspringzähler, bevor eine explizite Richtlinie verlangt wird.',
    'Skip count before policy mapping is inhibited.': 'Überspringzähler, bevor die Richtlinienzuordnung unterbunden wird.',
    'Skip count before an explicit application policy is required.': 'Überspringzähler, bevor eine explizite Anwendungsrichtlinie verlangt wird.',
    'Skip count before application policy mapping is inhibited.': 'Überspringzähler, bevor die Zuordnung von Anwendungsrichtlinien unterbunden wird.',
    'The section listing permitted names (DNS, email, UPN, IPAddress, DirectoryName ...).':
      'Der Abschnitt mit den zulässigen Namen (DNS, E-Mail, UPN, IPAddress, DirectoryName ...).',
    'The section listing excluded names.': 'Der Abschnitt mit den ausgeschlossenen Namen.',
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
